package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.handbook.system.SecurityHeadersTests.PAY_TAB;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.handbook.support.ScratchDatabase;
import org.handbook.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * An edition written by another process (the import command, another instance) is noticed by the
 * periodic check alone: the data version moves, so ETags change, and rendered pages are dropped.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "handbook.data-watch.interval=200ms")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class DataChangeWatcherTests {

    @RegisterExtension
    static final ScratchDatabase DATABASE = new ScratchDatabase("handbook_data_watch");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    RenderCache renderCache;

    @Test
    void anEditionWrittenElsewhereIsNoticedWithinTheInterval() {
        SiteClient site = new SiteClient(port);
        String etagBefore = site.get(PAY_TAB).header("ETag").orElseThrow();
        String versionBefore = dataVersion.current().token();
        assertThat(renderCache.size()).isPositive();

        jdbc.update("""
                insert into edition (code, reference_period, base_year, projection_year, source, imported_at)
                values ('2099-09', 'May 2099', 2099, 2109, 'written by another process', ?)""",
                Timestamp.from(Instant.now()));

        await().atMost(Duration.ofSeconds(20)).until(() ->
                !dataVersion.current().token().equals(versionBefore) && renderCache.size() == 0);
        assertThat(dataVersion.current().token()).as("the data version after the check").isNotEqualTo(versionBefore);
        assertThat(renderCache.size()).as("rendered pages of the old version").isZero();
        assertThat(site.get(PAY_TAB).header("ETag")).isPresent().get().isNotEqualTo(etagBefore);
    }
}
