package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handbook.system.SecurityHeadersTests.PAY_TAB;
import static org.handbook.system.SecurityHeadersTests.PROFILE;

import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HttpCachingTests {

    private static final String PAGE_CACHING = "public, max-age=300, stale-while-revalidate=86400, stale-if-error=86400";

    @LocalServerPort
    int port;

    @Autowired
    RenderCache renderCache;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    SiteClient http;

    @BeforeEach
    void client() {
        http = new SiteClient(port);
    }

    @Test
    void pagesCarryValidatorsAndMayBeCachedPublicly() {
        Response tab = http.get(PAY_TAB);
        assertThat(tab.statusCode()).isEqualTo(200);
        assertThat(tab.header("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("W/\"[0-9a-f]{32}\""));
        assertThat(tab.header("Last-Modified")).isPresent();
        assertThat(tab.header("Cache-Control")).contains(PAGE_CACHING);
        assertThat(tab.header("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("accept-encoding"));
    }

    @Test
    void instancesAreStatelessNoSessionNoCookie() {
        for (String path : List.of(PROFILE, PAY_TAB, "/actuator/health", "/healthcare/no-such-occupation/")) {
            assertThat(http.get(path).header("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void eachAddressHasItsOwnEtag() {
        String pay = http.get(PAY_TAB).header("ETag").orElseThrow();
        String summary = http.get(PROFILE).header("ETag").orElseThrow();
        String withQuery = http.get(PAY_TAB + "?x=1").header("ETag").orElseThrow();
        assertThat(pay).isNotEqualTo(summary).isNotEqualTo(withQuery);
    }

    @Test
    void repeatedRequestWithTheEtagIsAnsweredNotModified() {
        String etag = http.get(PAY_TAB).header("ETag").orElseThrow();
        Response again = http.get(PAY_TAB, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.header("ETag")).contains(etag);
        assertThat(again.header("Cache-Control")).contains(PAGE_CACHING);
    }

    @Test
    void notModifiedNeedsNoRenderingNorDatabase() {
        String etag = http.get(PAY_TAB).header("ETag").orElseThrow();
        renderCache.clear();
        Statistics statistics = statistics();
        long statements = statistics.getPrepareStatementCount();
        assertThat(http.get(PAY_TAB, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(statements);
    }

    @Test
    void anotherEtagGetsTheFullPage() {
        Response other = http.get(PAY_TAB, "If-None-Match", "W/\"0123456789abcdef0123456789abcdef\"");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(other.body()).contains("<h1");
    }

    @Test
    void repeatedRequestWithTheDateIsAnsweredNotModified() {
        String lastModified = http.get(PAY_TAB).header("Last-Modified").orElseThrow();
        Response again = http.get(PAY_TAB, "If-Modified-Since", lastModified);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
        assertThat(http.get(PAY_TAB, "If-Modified-Since", dayBefore).statusCode()).isEqualTo(200);
    }

    @Test
    void missingPageIsNeverNotModifiedNorCached() {
        Response missing = http.get("/healthcare/no-such-occupation/", "If-Modified-Since",
                "Fri, 01 Jan 2100 00:00:00 GMT");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.header("ETag")).isEmpty();
        assertThat(missing.header("Cache-Control")).contains("no-store");
    }

    @Test
    void renderedPageIsServedAgainWithoutTheDatabase() {
        Statistics statistics = statistics();
        long before = statistics.getPrepareStatementCount();
        Response first = http.get(PAY_TAB);
        long afterFirst = statistics.getPrepareStatementCount();
        assertThat(afterFirst).as("the first request renders from the database").isGreaterThan(before);

        Response second = http.get(PAY_TAB);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(afterFirst);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.header("Content-Type")).isEqualTo(first.header("Content-Type"));
    }

    @Test
    void clearingTheRenderCacheRendersAgain() {
        http.get(PAY_TAB);
        assertThat(renderCache.size()).isPositive();
        renderCache.clear();
        Statistics statistics = statistics();
        long before = statistics.getPrepareStatementCount();
        http.get(PAY_TAB);
        assertThat(statistics.getPrepareStatementCount()).isGreaterThan(before);
    }

    @Test
    void htmlIsGzippedForClientsThatAcceptIt() {
        String plain = http.get(PAY_TAB).body();
        renderCache.clear();
        Response rendered = http.get(PAY_TAB, "Accept-Encoding", "gzip");
        Response kept = http.get(PAY_TAB, "Accept-Encoding", "gzip, deflate");
        for (Response gzipped : List.of(rendered, kept)) {
            assertThat(gzipped.header("Content-Encoding")).contains("gzip");
            assertThat(new String(gzipped.unzipped(), StandardCharsets.UTF_8)).isEqualTo(plain);
            assertThat(gzipped.bytes().length).isLessThan(plain.length() / 2);
        }
        assertThat(http.get(PAY_TAB, "Accept-Encoding", "gzip;q=0").header("Content-Encoding")).isEmpty();
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        Response get = http.get(PAY_TAB);
        Response head = http.send("HEAD", PAY_TAB);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.header("ETag")).isEqualTo(get.header("ETag"));
        assertThat(head.header("Content-Length")).contains(String.valueOf(get.bytes().length));
    }

    @Test
    void hashedStaticFilesAreImmutableAndPlainNamesRevalidate() {
        String stylesheet = SecurityHeadersTests.stylesheetOf(http.get(PROFILE).body());
        Response hashed = http.get(stylesheet, "Accept-Encoding", "gzip");
        assertThat(hashed.statusCode()).isEqualTo(200);
        assertThat(hashed.header("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(hashed.header("Content-Encoding")).contains("gzip");
        assertThat(new String(hashed.unzipped(), StandardCharsets.UTF_8)).contains("body");

        Response plain = http.get("/css/site.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.header("Cache-Control")).contains("public, no-cache");
        assertThat(plain.header("Last-Modified")).isPresent();
    }

    @Test
    void wrongContentHashIsNotFoundAndNotCachedForAYear() {
        Response wrong = http.get("/css/site-0123456789abcdef0123456789abcdef.css");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.header("Cache-Control")).contains("no-store");
    }

    @Test
    void scriptsAreLinkedByContentHashAndServed() {
        String html = http.get(PROFILE).body();
        Matcher script = Pattern.compile("src=\"(/js/[a-z-]+-[0-9a-f]{32}\\.js)\"").matcher(html);
        assertThat(script.find()).as("the profile loads its script by content hash").isTrue();
        Response module = http.get(script.group(1));
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    }

    private Statistics statistics() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        return statistics;
    }
}
