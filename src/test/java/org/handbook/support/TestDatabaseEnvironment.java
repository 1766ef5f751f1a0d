package org.handbook.support;

import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points every test context at PostgreSQL when the suite runs in its PostgreSQL pass
 * ({@code -Dhandbook.test.database=postgres}, set by the {@code postgres-tests} Maven profile),
 * so the very same tests run on H2 and on PostgreSQL. The connection comes from
 * {@code HANDBOOK_TEST_POSTGRES_URL}, {@code HANDBOOK_TEST_POSTGRES_USER} and
 * {@code HANDBOOK_TEST_POSTGRES_PASSWORD}. Test contexts start without the bundled edition unless
 * they ask for it ({@code handbook.bundled-edition.enabled=true}).
 */
public class TestDatabaseEnvironment implements EnvironmentPostProcessor {

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        // Most tests check what the seed shows; those of the whole Handbook switch it on, on a database of their own.
        environment.getPropertySources().addLast(new MapPropertySource("handbookTestDefaults",
                Map.of("handbook.bundled-edition.enabled", "false")));
        if (!TestDatabase.isPostgres()) {
            return;
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", TestDatabase.postgresUrl());
        properties.put("spring.datasource.username", TestDatabase.postgresUser());
        properties.put("spring.datasource.password", TestDatabase.postgresPassword());
        properties.put("spring.test.database.replace", "none");
        environment.getPropertySources().addFirst(new MapPropertySource("handbookTestDatabase", properties));
    }
}
