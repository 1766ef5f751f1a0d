package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.RawResponse;
import org.handbook.support.SiteClient.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

    static final String PROFILE = "/healthcare/health-information-technologists-and-medical-registrars/";
    static final String PAY_TAB = PROFILE + "pay";

    private static final String SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    @LocalServerPort
    int port;

    SiteClient http;

    @BeforeEach
    void client() {
        http = new SiteClient(port);
    }

    @Test
    void profilePageCarriesEverySecurityHeader() {
        Response page = http.get(PROFILE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers(), SITE_POLICY);
    }

    @Test
    void tabPageCarriesEverySecurityHeader() {
        Response tab = http.get(PAY_TAB);
        assertThat(tab.statusCode()).isEqualTo(200);
        assertSecurityHeaders(tab.headers(), SITE_POLICY);
    }

    @Test
    void staticFileCarriesEverySecurityHeader() {
        Response css = http.get(stylesheetOf(http.get(PROFILE).body()));
        assertThat(css.statusCode()).isEqualTo(200);
        assertSecurityHeaders(css.headers(), SITE_POLICY);
    }

    @Test
    void jsonAnswerCarriesEverySecurityHeader() {
        Response health = http.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertSecurityHeaders(health.headers(), SITE_POLICY);
    }

    @Test
    void notFoundPageCarriesEverySecurityHeader() {
        Response missing = http.get("/healthcare/no-such-occupation/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.body()).contains("Page not found");
        assertSecurityHeaders(missing.headers(), SITE_POLICY);
    }

    @Test
    void notModifiedAnswerCarriesEverySecurityHeader() {
        String etag = http.get(PAY_TAB).header("ETag").orElseThrow();
        Response notModified = http.get(PAY_TAB, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertSecurityHeaders(notModified.headers(), SITE_POLICY);
    }

    @Test
    void embedsMayBeFramedByAnySiteWhenNoOriginIsConfigured() {
        Response embed = http.get("/embed/health-information-technologists-and-medical-registrars");
        assertThat(embed.header("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).endsWith("frame-ancestors *"));
        assertThat(embed.header("X-Frame-Options")).isEmpty();
    }

    @Test
    void dotSegmentsDoNotMakeAPageFramableLikeAnEmbed() {
        Response page = http.get("/embed/../healthcare/health-information-technologists-and-medical-registrars/pay");
        assertThat(page.header("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).endsWith("frame-ancestors 'self'"));
    }

    @Test
    void strictTransportSecurityOnlyWhenTheProxySaysHttps() {
        assertThat(http.get(PAY_TAB).header("Strict-Transport-Security")).isEmpty();
        Response viaHttps = http.get(PAY_TAB, "X-Forwarded-Proto", "https");
        assertThat(viaHttps.header("Strict-Transport-Security"))
                .contains("max-age=31536000; includeSubDomains");
    }

    @Test
    void tomcatsOwnErrorPageNamesNoServerAndCarriesTheHeaders() {
        RawResponse answer = http.raw("GET", "/%");
        String head = answer.head().toLowerCase(Locale.ROOT);
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.head() + answer.body()).doesNotContainIgnoringCase("tomcat");
        assertThat(head).doesNotContain("\nserver:");
        assertThat(head).contains("\ncontent-security-policy: " + SITE_POLICY.toLowerCase(Locale.ROOT));
        assertThat(head).contains("\nx-content-type-options: nosniff");
    }

    @Test
    void traceIsRefusedWithoutEchoingTheRequest() {
        Response trace = http.send("TRACE", PAY_TAB, "X-Secret", "do-not-echo");
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.header("Allow")).contains("GET, HEAD");
        assertThat(trace.body()).doesNotContain("do-not-echo");
        assertSecurityHeaders(trace.headers(), SITE_POLICY);
    }

    @Test
    void writingMethodsAreRefusedAndUnknownOnesNotImplemented() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            Response refused = http.send(method, PAY_TAB);
            assertThat(refused.statusCode()).as(method).isEqualTo(405);
            assertThat(refused.header("Allow")).as(method).contains("GET, HEAD");
        }
        assertThat(http.send("OPTIONS", PAY_TAB).statusCode()).isEqualTo(405);
        assertThat(http.send("BREW", PAY_TAB).statusCode()).isEqualTo(405);
        assertThat(http.send("HEAD", PAY_TAB).statusCode()).isEqualTo(200);
    }

    static void assertSecurityHeaders(HttpHeaders headers, String policy) {
        assertThat(headers.allValues("Content-Security-Policy")).containsExactly(policy);
        assertThat(headers.firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy")).hasValueSatisfying(features -> assertThat(features)
                .contains("camera=()", "microphone=()", "geolocation=()", "payment=()", "usb=()", "interest-cohort=()"));
        assertThat(headers.firstValue("X-Frame-Options")).isEmpty();
        assertThat(headers.firstValue("Server")).isEmpty();
        assertThat(headers.firstValue("X-Powered-By")).isEmpty();
    }

    static String stylesheetOf(String html) {
        Matcher link = Pattern.compile("href=\"(/css/site-[0-9a-f]{32}\\.css)\"").matcher(html);
        assertThat(link.find()).as("the page links its stylesheet by content hash").isTrue();
        return link.group(1);
    }
}
