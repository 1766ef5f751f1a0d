package org.handbook.support;

/** Which database this test run uses, and how to reach PostgreSQL when it is that one. */
public final class TestDatabase {

    private TestDatabase() {
    }

    public static boolean isPostgres() {
        return "postgres".equals(System.getProperty("handbook.test.database"));
    }

    public static String postgresUrl() {
        return required("HANDBOOK_TEST_POSTGRES_URL");
    }

    public static String postgresUser() {
        return System.getenv().getOrDefault("HANDBOOK_TEST_POSTGRES_USER", "handbook");
    }

    public static String postgresPassword() {
        return System.getenv().getOrDefault("HANDBOOK_TEST_POSTGRES_PASSWORD", "handbook");
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The PostgreSQL test pass needs " + name
                    + " (for example jdbc:postgresql://127.0.0.1:5432/handbook)");
        }
        return value;
    }
}
