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
        dropIfExists(name);
        admin("create database " + name);
        return new ScratchDatabase(name, url.group(1) + name + url.group(3));
    }

    public String url() {
        return url;
    }

    /** Drops the PostgreSQL scratch database (an H2 one goes with its last connection). */
    public void drop() {
        if (TestDatabase.isPostgres()) {
            dropIfExists(name);
        }
    }

    /**
     * Ends the test role's own sessions, then drops. Not {@code with (force)}: PostgreSQL 15 refuses
     * that to a non-superuser while autovacuum works on the database, as it often does right after
     * a test loaded an edition; a plain drop stops autovacuum itself and waits for the rest.
     */
    private static void dropIfExists(String name) {
        admin("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name
                + "' and usename = current_user and pid <> pg_backend_pid()");
        admin("drop database if exists " + name);
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
