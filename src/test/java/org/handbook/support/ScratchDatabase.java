package org.handbook.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A database of a test's own, for tests that change data others expect as seeded: a named H2
 * in-memory database, or in the PostgreSQL pass a scratch database created beside the test
 * database (the test role may create databases) and dropped by {@link #drop()}.
 */
public final class ScratchDatabase {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)");

    private final String name;
    private final String url;

    private ScratchDatabase(String name, String url) {
        this.name = name;
        this.url = url;
    }

    /** A new empty database whose name starts with {@code prefix}. */
    public static ScratchDatabase create(String prefix) {
        String name = prefix + "_" + ProcessHandle.current().pid();
        if (!TestDatabase.isPostgres()) {
            return new ScratchDatabase(name, "jdbc:h2:mem:" + name
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
        Matcher url = DATABASE_IN_URL.matcher(TestDatabase.postgresUrl());
        if (!url.matches()) {
            throw new IllegalStateException("HANDBOOK_TEST_POSTGRES_URL names no database");
        }
        admin("drop database if exists " + name + " with (force)");
        admin("create database " + name);
        return new ScratchDatabase(name, url.group(1) + name + url.group(3));
    }

    public String url() {
        return url;
    }

    /** Drops the PostgreSQL scratch database (an H2 one goes with its last connection). */
    public void drop() {
        if (TestDatabase.isPostgres()) {
            admin("drop database if exists " + name + " with (force)");
        }
    }

    private static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(TestDatabase.postgresUrl(),
                TestDatabase.postgresUser(), TestDatabase.postgresPassword());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException ex) {
            throw new IllegalStateException(sql + ": " + ex.getMessage(), ex);
        }
    }
}
