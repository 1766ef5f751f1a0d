package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handbook.system.LocalHttp.PAY_TAB;
import static org.handbook.system.LocalHttp.PROFILE;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
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

    LocalHttp http;

    @BeforeEach
    void client() {
        http = new LocalHttp(port);
    }

    @Test
    void pagesCarryValidatorsAndMayBeCachedPublicly() {
        HttpResponse<byte[]> tab = http.get(PAY_TAB);
        assertThat(tab.statusCode()).isEqualTo(200);
        assertThat(tab.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).matches("W/\"[0-9a-f]{32}\""));
        assertThat(tab.headers().firstValue("Last-Modified")).isPresent();
        assertThat(tab.headers().firstValue("Cache-Control")).contains(PAGE_CACHING);
        assertThat(tab.headers().firstValue("Vary")).hasValueSatisfying(vary -> assertThat(vary).containsIgnoringCase("accept-encoding"));
    }

    @Test
    void instancesAreStatelessNoSessionNoCookie() {
        for (String path : List.of(PROFILE, PAY_TAB, "/actuator/health", "/healthcare/no-such-occupation/")) {
            assertThat(http.get(path).headers().firstValue("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void eachAddressHasItsOwnEtag() {
        String pay = http.get(PAY_TAB).headers().firstValue("ETag").orElseThrow();
        String summary = http.get(PROFILE).headers().firstValue("ETag").orElseThrow();
        String withQuery = http.get(PAY_TAB + "?x=1").headers().firstValue("ETag").orElseThrow();
        assertThat(pay).isNotEqualTo(summary).isNotEqualTo(withQuery);
    }

    @Test
    void repeatedRequestWithTheEtagIsAnsweredNotModified() {
        String etag = http.get(PAY_TAB).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> again = http.get(PAY_TAB, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("ETag")).contains(etag);
        assertThat(again.headers().firstValue("Cache-Control")).contains(PAGE_CACHING);
    }

    @Test
    void notModifiedNeedsNoRenderingNorDatabase() {
        String etag = http.get(PAY_TAB).headers().firstValue("ETag").orElseThrow();
        renderCache.clear();
        Statistics statistics = statistics();
        long statements = statistics.getPrepareStatementCount();
        assertThat(http.get(PAY_TAB, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(statements);
    }

    @Test
    void anotherEtagGetsTheFullPage() {
        HttpResponse<byte[]> other = http.get(PAY_TAB, "If-None-Match", "W/\"0123456789abcdef0123456789abcdef\"");
        assertThat(other.statusCode()).isEqualTo(200);
        assertThat(LocalHttp.text(other)).contains("<h1");
    }

    @Test
    void repeatedRequestWithTheDateIsAnsweredNotModified() {
        String lastModified = http.get(PAY_TAB).headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<byte[]> again = http.get(PAY_TAB, "If-Modified-Since", lastModified);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();

        String dayBefore = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).minusDays(1));
        assertThat(http.get(PAY_TAB, "If-Modified-Since", dayBefore).statusCode()).isEqualTo(200);
    }

    @Test
    void missingPageIsNeverNotModifiedNorCached() {
        HttpResponse<byte[]> missing = http.get("/healthcare/no-such-occupation/", "If-Modified-Since",
                "Fri, 01 Jan 2100 00:00:00 GMT");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("ETag")).isEmpty();
        assertThat(missing.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void renderedPageIsServedAgainWithoutTheDatabase() {
        Statistics statistics = statistics();
        long before = statistics.getPrepareStatementCount();
        HttpResponse<byte[]> first = http.get(PAY_TAB);
        long afterFirst = statistics.getPrepareStatementCount();
        assertThat(afterFirst).as("the first request renders from the database").isGreaterThan(before);

        HttpResponse<byte[]> second = http.get(PAY_TAB);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(afterFirst);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(second.headers().firstValue("Content-Type")).isEqualTo(first.headers().firstValue("Content-Type"));
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
    void htmlIsGzippedForClientsThatAcceptIt() throws IOException {
        String plain = LocalHttp.text(http.get(PAY_TAB));
        renderCache.clear();
        HttpResponse<byte[]> rendered = http.get(PAY_TAB, "Accept-Encoding", "gzip");
        HttpResponse<byte[]> kept = http.get(PAY_TAB, "Accept-Encoding", "gzip, deflate");
        for (HttpResponse<byte[]> gzipped : List.of(rendered, kept)) {
            assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
            assertThat(gunzip(gzipped.body())).isEqualTo(plain);
            assertThat(gzipped.body().length).isLessThan(plain.length() / 2);
        }
        assertThat(http.get(PAY_TAB, "Accept-Encoding", "gzip;q=0").headers().firstValue("Content-Encoding")).isEmpty();
    }

    @Test
    void headAnswersLikeGetWithoutABody() {
        HttpResponse<byte[]> get = http.get(PAY_TAB);
        HttpResponse<byte[]> head = http.send("HEAD", PAY_TAB);
        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.body()).isEmpty();
        assertThat(head.headers().firstValue("ETag")).isEqualTo(get.headers().firstValue("ETag"));
        assertThat(head.headers().firstValue("Content-Length")).contains(String.valueOf(get.body().length));
    }

    @Test
    void hashedStaticFilesAreImmutableAndPlainNamesRevalidate() throws IOException {
        String stylesheet = SecurityHeadersTests.stylesheetOf(LocalHttp.text(http.get(PROFILE)));
        HttpResponse<byte[]> hashed = http.get(stylesheet, "Accept-Encoding", "gzip");
        assertThat(hashed.statusCode()).isEqualTo(200);
        assertThat(hashed.headers().firstValue("Cache-Control")).contains("public, max-age=31536000, immutable");
        assertThat(hashed.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(hashed.body())).contains("body");

        HttpResponse<byte[]> plain = http.get("/css/site.css");
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).contains("public, no-cache");
        assertThat(plain.headers().firstValue("Last-Modified")).isPresent();
    }

    @Test
    void wrongContentHashIsNotFoundAndNotCachedForAYear() {
        HttpResponse<byte[]> wrong = http.get("/css/site-0123456789abcdef0123456789abcdef.css");
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.headers().firstValue("Cache-Control")).contains("no-store");
    }

    @Test
    void scriptsAreLinkedByContentHashAndServed() {
        String html = LocalHttp.text(http.get(PROFILE));
        Matcher script = Pattern.compile("src=\"(/js/[a-z-]+-[0-9a-f]{32}\\.js)\"").matcher(html);
        assertThat(script.find()).as("the profile loads its script by content hash").isTrue();
        HttpResponse<byte[]> module = http.get(script.group(1));
        assertThat(module.statusCode()).isEqualTo(200);
        assertThat(module.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("javascript"));
    }

    private Statistics statistics() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
        return statistics;
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
