package org.handbook.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A database of a test class's own, for tests that change data others expect as seeded: a named H2
 * in-memory database, or in the PostgreSQL pass a scratch database created beside the test database
 * (the test role may create databases). Registered in a static field, it is created before the
 * class's first test and dropped after its last; a Spring test points its context at it:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final ScratchDatabase DATABASE = new ScratchDatabase("handbook_import_editions");
 *
 * &#64;DynamicPropertySource
 * static void ownDatabase(DynamicPropertyRegistry registry) {
 *     registry.add("spring.datasource.url", DATABASE::url);
 * }
 * </pre>
 *
 * The context is started after the database is created, as Spring creates it for the first test.
 */
public final class ScratchDatabase implements BeforeAllCallback, AfterAllCallback {

    private static final Pattern DATABASE_IN_URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)");

    private final String name;

    /** A database whose name is {@code prefix} and this JVM's process id, so parallel builds do not meet. */
    public ScratchDatabase(String prefix) {
        this.name = prefix + "_" + ProcessHandle.current().pid();
    }

    public String url() {
        if (!TestDatabase.isPostgres()) {
            return "jdbc:h2:mem:" + name + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
        }
        Matcher url = DATABASE_IN_URL.matcher(TestDatabase.postgresUrl());
        if (!url.matches()) {
            throw new IllegalStateException("HANDBOOK_TEST_POSTGRES_URL names no database");
        }
        return url.group(1) + name + url.group(3);
    }

    public String user() {
        return TestDatabase.isPostgres() ? TestDatabase.postgresUser() : "sa";
    }

    public String password() {
        return TestDatabase.isPostgres() ? TestDatabase.postgresPassword() : "";
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        create();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        drop();
    }

    /** Creates the PostgreSQL database anew (an H2 one comes with its first connection). */
    void create() {
        if (TestDatabase.isPostgres()) {
            dropIfExists();
            admin("create database " + name);
        }
    }

    /** Drops the PostgreSQL database (an H2 one goes with the JVM). */
    void drop() {
        if (TestDatabase.isPostgres()) {
            dropIfExists();
        }
    }

    /**
     * Ends the test role's own sessions, then drops. Not {@code with (force)}: PostgreSQL 15 refuses
     * that to a non-superuser while autovacuum works on the database, as it often does right after
     * a test loaded an edition; a plain drop stops autovacuum itself and waits for the rest.
     */
    private void dropIfExists() {
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
