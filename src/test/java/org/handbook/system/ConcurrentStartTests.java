package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.support.ScratchDatabase;
import org.handbook.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Two instances started at the same moment against one empty PostgreSQL database: Flyway's lock
 * lets one migrate, and load the bundled edition, while the other waits; both serve the site, and
 * the edition is there once. A third instance started afterwards finds nothing to do. PostgreSQL
 * pass only.
 */
@EnabledIfSystemProperty(named = "handbook.test.database", matches = "postgres")
class ConcurrentStartTests {

    @RegisterExtension
    static final ScratchDatabase DATABASE = new ScratchDatabase("handbook_concurrent");

    @Test
    void twoInstancesOnOneEmptyDatabaseBothComeUpWithOneSchemaAndTheBundledEditionOnce() throws Exception {
        String scratchUrl = DATABASE.url();

        ExecutorService starters = Executors.newFixedThreadPool(2);
        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            CyclicBarrier together = new CyclicBarrier(2);
            Map<String, Object> settings = new HashMap<>(Map.of(
                    "spring.datasource.url", scratchUrl,
                    "server.port", "0",
                    "spring.main.banner-mode", "off",
                    "handbook.bundled-edition.enabled", "true"));
            Callable<ConfigurableApplicationContext> start = () -> {
                together.await(1, TimeUnit.MINUTES);
                return Instances.start(settings);
            };
            List<Future<ConfigurableApplicationContext>> starting = List.of(starters.submit(start), starters.submit(start));
            for (Future<ConfigurableApplicationContext> instance : starting) {
                instances.add(instance.get(5, TimeUnit.MINUTES));
            }

            for (ConfigurableApplicationContext instance : instances) {
                SiteClient http = new SiteClient(((WebServerApplicationContext) instance).getWebServer().getPort());
                assertThat(http.get(SecurityHeadersTests.PAY_TAB).statusCode()).isEqualTo(200);
                assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
            }
            assertThat(appliedMigrations(scratchUrl)).isEqualTo(migrationsOnClasspath());
            assertThat(bundledEditionRuns(scratchUrl)).isEqualTo(List.of("1 edition(s) 2024-34, 342 current profiles"));

            instances.forEach(ConfigurableApplicationContext::close);
            instances.clear();
            instances.add(Instances.start(settings));
            assertThat(bundledEditionRuns(scratchUrl)).as("a restart loads nothing again")
                    .isEqualTo(List.of("1 edition(s) 2024-34, 342 current profiles"));
        } finally {
            instances.forEach(ConfigurableApplicationContext::close);
            starters.shutdownNow();
        }
    }

    /** Each applied migration's version with how often the history names it. */
    private static Map<String, Integer> appliedMigrations(String url) throws SQLException {
        Map<String, Integer> applied = new HashMap<>();
        try (Connection connection = DriverManager.getConnection(url, DATABASE.user(), DATABASE.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "select version, count(*) from flyway_schema_history where success and version is not null group by version")) {
            while (rows.next()) {
                applied.put(rows.getString(1), rows.getInt(2));
            }
        }
        return applied;
    }

    /** Per run of the bundled edition's migration: the 2024-34 editions and current profiles then in the database. */
    private static List<String> bundledEditionRuns(String url) throws SQLException {
        List<String> runs = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, DATABASE.user(), DATABASE.password());
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select (select count(*) from edition where code = '2024-34'),
                            (select count(*) from occupation o join edition e on e.id = o.edition_id
                             where e.code = '2024-34' and o.is_current and o.profile_loaded)
                        from flyway_schema_history where description = 'bundled edition' and success""")) {
            while (rows.next()) {
                runs.add(rows.getInt(1) + " edition(s) 2024-34, " + rows.getInt(2) + " current profiles");
            }
        }
        return runs;
    }

    private static Map<String, Integer> migrationsOnClasspath() throws Exception {
        Map<String, Integer> expected = new HashMap<>();
        Pattern versioned = Pattern.compile("V([0-9._]+)__.*\\.sql");
        for (Resource script : new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/V*__*.sql")) {
            Matcher name = versioned.matcher(script.getFilename());
            if (name.matches()) {
                expected.put(name.group(1).replace('_', '.'), 1);
            }
        }
        assertThat(expected).isNotEmpty();
        return expected;
    }
}
