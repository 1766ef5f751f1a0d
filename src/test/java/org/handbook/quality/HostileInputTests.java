package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.RawResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Sends hundreds of malformed and hostile requests and checks that each gets a 4xx (or a page
 * that ignores the junk), never a 5xx, a stack trace, SQL or an unescaped echo, and that the
 * site still answers afterwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HostileInputTests {

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1", "1; DROP TABLE occupation;--", "<script>alert(1)</script>",
            "\"><svg onload=alert(1)>", "${7*7}", "__${T(java.lang.Runtime).getRuntime()}__::.x",
            "../../../../etc/passwd", "%00", "{{7*7}}", "\u202e\uFEFF\u0000", "-1", "99999999999999999999",
            "a".repeat(5000));

    /** Every page and API endpoint, with the parameters it reads. */
    static final List<String> ENDPOINTS = List.of(
            "/search?q=", "/occupation-finder?education=", "/occupation-finder?experience=",
            "/occupation-finder?training=", "/occupation-finder?growth=", "/occupation-finder?newJobs=",
            "/occupation-finder?pay=", "/occupation-finder?sort=", "/compare?o=", "/glossary?term=",
            "/oembed?format=json&url=", "/oembed?url=http://localhost:8080/healthcare/&maxwidth=",
            "/api/v1/occupations?limit=", "/api/v1/occupations?offset=", "/api/v1/occupations?sort=",
            "/api/v1/occupations?education=", "/embed/health-information-technologists-and-medical-registrars?tabs=",
            PageSamples.PROFILE + "?edition=", "/?q=", "/lists/highest-paying?sort=", "/lists/highest-paying?order=",
            "/lists/most-openings.csv?sort=");

    /** Path segments where a payload stands for a slug, group or tab. */
    static final List<String> PATH_TEMPLATES = List.of(
            "/healthcare/%s/", PageSamples.PROFILE + "%s", "/%s/", "/api/v1/occupations/%s", "/embed/%s",
            "/ooh/healthcare/%s.htm", "/lists/%s", "/ooh/%s.htm");

    static final List<String> LEAKS = List.of("Exception", "at org.", "at java.", "org.hibernate", "SQLState",
            "syntax error", "Whitelabel", "Apache Tomcat", "stack trace", "jdbc:");

    @LocalServerPort
    private int port;

    private SiteClient site;
    private int sent;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
    }

    @Test
    void hostileRequestsGetClearRefusalsAndTheSiteStaysUp() {
        for (String endpoint : ENDPOINTS) {
            for (String payload : PAYLOADS) {
                expectHandled("GET", endpoint + URLEncoder.encode(payload, StandardCharsets.UTF_8), payload);
            }
        }
        for (String template : PATH_TEMPLATES) {
            for (String payload : PAYLOADS) {
                String segment = URLEncoder.encode(payload, StandardCharsets.UTF_8).replace("+", "%20");
                RawResponse response = expectHandled("GET", String.format(template, segment), payload);
                assertThat(response.status()).as(template + " " + payload).isBetween(400, 499);
            }
        }
        for (String path : List.of("/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/css/..%2f..%2fapplication.properties",
                "/WEB-INF/web.xml", "/..;/..;/etc/passwd", "/static/../application.properties", "/%2e%2e%5c%2e%2e%5cwin.ini",
                "/META-INF/MANIFEST.MF", "/application.properties", "/db/migration/V1__profile_schema.sql",
                "/%", "/%zz", "/healthcare/%E0%A4%A/", "/search?q=%", "/search?q=%ZZ", "/%C0%AE%C0%AE/",
                "/healthcare/%00/", "/" + "x".repeat(10_000))) {
            RawResponse response = expectHandled("GET", path, null);
            assertThat(response.status()).as(path).isBetween(400, 499);
        }
        for (String method : List.of("TRACE", "PUT", "DELETE", "PATCH", "PROPFIND", "FOO", "POST")) {
            for (String path : List.of(PageSamples.PROFILE, "/glossary", "/api/v1/occupations")) {
                RawResponse response = expectHandled(method, path, null, "Content-Length: 0");
                assertThat(response.status()).as(method + " " + path).isEqualTo(405);
            }
        }
        // CONNECT asks for a proxy tunnel: Tomcat answers it 501 before any application code runs,
        // which is what RFC 9110 expects of an origin server; it must still leak nothing.
        sent++;
        RawResponse connect = site.raw("CONNECT", PageSamples.PROFILE, "Content-Length: 0");
        assertThat(connect.status()).isEqualTo(501);
        assertThat(connect.body()).doesNotContain(LEAKS);
        for (String accept : List.of("application/xml", "image/png", "*/*;q=foo", "text/html;level=x;;",
                "application/json;q=0, text/html;q=0", "\u00ff\u00fe")) {
            for (String path : List.of(PageSamples.PROFILE + "pay", "/api/v1/occupations", "/no-such-page")) {
                expectHandled("GET", path, null, "Accept: " + accept);
            }
        }
        expectHandled("GET", "/search?q=" + "q".repeat(20_000), null);
        expectHandled("GET", PageSamples.PROFILE, null, "X-Huge: " + "h".repeat(20_000));
        expectHandled("GET", PageSamples.PROFILE, null, "Cookie: " + "c=1; ".repeat(3_000));
        expectHandled("GET", PageSamples.PROFILE, null, "Range: bytes=0-1,2-3,4-5,6-7,8-9,10-11,12-13,14-15");
        for (String host : List.of("Host: evil.example", "X-Forwarded-Host: evil.example",
                "X-Forwarded-Proto: javascript", "Forwarded: host=evil.example;proto=https")) {
            RawResponse response = expectHandled("GET", PageSamples.PROFILE, null, host);
            assertThat(response.body()).as(host).doesNotContain("evil.example", "javascript://");
        }

        assertThat(sent).isGreaterThanOrEqualTo(200);
        assertThat(site.get(PageSamples.PROFILE + "pay").statusCode()).isEqualTo(200);
    }

    private RawResponse expectHandled(String method, String target, String payload, String... headers) {
        sent++;
        RawResponse response = site.raw(method, target, headers);
        String what = method + " " + abbreviate(target) + " " + String.join(" ", headers).substring(0, Math.min(60,
                String.join(" ", headers).length()));
        assertThat(response.status()).as(what).isBetween(200, 499);
        assertThat(response.body()).as(what).doesNotContain(LEAKS);
        if (payload != null && payload.contains("<")) {
            assertThat(response.body()).as(what).doesNotContain(payload);
        }
        return response;
    }

    private static String abbreviate(String target) {
        return target.length() > 120 ? target.substring(0, 120) + "..." : target;
    }
}
