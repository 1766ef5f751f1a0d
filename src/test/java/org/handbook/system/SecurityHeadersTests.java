package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handbook.system.LocalHttp.PAY_TAB;
import static org.handbook.system.LocalHttp.PROFILE;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SecurityHeadersTests {

    private static final String SITE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

    @LocalServerPort
    int port;

    LocalHttp http;

    @BeforeEach
    void client() {
        http = new LocalHttp(port);
    }

    @Test
    void profilePageCarriesEverySecurityHeader() {
        HttpResponse<byte[]> page = http.get(PROFILE);
        assertThat(page.statusCode()).isEqualTo(200);
        assertSecurityHeaders(page.headers(), SITE_POLICY);
    }

    @Test
    void tabPageCarriesEverySecurityHeader() {
        HttpResponse<byte[]> tab = http.get(PAY_TAB);
        assertThat(tab.statusCode()).isEqualTo(200);
        assertSecurityHeaders(tab.headers(), SITE_POLICY);
    }

    @Test
    void staticFileCarriesEverySecurityHeader() {
        HttpResponse<byte[]> css = http.get(stylesheetOf(LocalHttp.text(http.get(PROFILE))));
        assertThat(css.statusCode()).isEqualTo(200);
        assertSecurityHeaders(css.headers(), SITE_POLICY);
    }

    @Test
    void jsonAnswerCarriesEverySecurityHeader() {
        HttpResponse<byte[]> health = http.get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("json"));
        assertSecurityHeaders(health.headers(), SITE_POLICY);
    }

    @Test
    void notFoundPageCarriesEverySecurityHeader() {
        HttpResponse<byte[]> missing = http.get("/healthcare/no-such-occupation/");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(LocalHttp.text(missing)).contains("Page not found");
        assertSecurityHeaders(missing.headers(), SITE_POLICY);
    }

    @Test
    void notModifiedAnswerCarriesEverySecurityHeader() {
        String etag = http.get(PAY_TAB).headers().firstValue("ETag").orElseThrow();
        HttpResponse<byte[]> notModified = http.get(PAY_TAB, "If-None-Match", etag);
        assertThat(notModified.statusCode()).isEqualTo(304);
        assertSecurityHeaders(notModified.headers(), SITE_POLICY);
    }

    @Test
    void embedsMayBeFramedByAnySiteWhenNoOriginIsConfigured() {
        HttpResponse<byte[]> embed = http.get("/embed/health-information-technologists-and-medical-registrars");
        assertThat(embed.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).endsWith("frame-ancestors *"));
        assertThat(embed.headers().firstValue("X-Frame-Options")).isEmpty();
    }

    @Test
    void dotSegmentsDoNotMakeAPageFramableLikeAnEmbed() {
        HttpResponse<byte[]> page = http.get("/embed/../healthcare/health-information-technologists-and-medical-registrars/pay");
        assertThat(page.headers().firstValue("Content-Security-Policy"))
                .hasValueSatisfying(policy -> assertThat(policy).endsWith("frame-ancestors 'self'"));
    }

    @Test
    void strictTransportSecurityOnlyWhenTheProxySaysHttps() {
        assertThat(http.get(PAY_TAB).headers().firstValue("Strict-Transport-Security")).isEmpty();
        HttpResponse<byte[]> viaHttps = http.get(PAY_TAB, "X-Forwarded-Proto", "https");
        assertThat(viaHttps.headers().firstValue("Strict-Transport-Security"))
                .contains("max-age=31536000; includeSubDomains");
    }

    @Test
    void tomcatsOwnErrorPageNamesNoServerAndCarriesTheHeaders() {
        String answer = http.raw("GET /% HTTP/1.1");
        String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(Locale.ROOT);
        assertThat(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).doesNotContainIgnoringCase("tomcat");
        assertThat(head).doesNotContain("\nserver:");
        assertThat(head).contains("\ncontent-security-policy: " + SITE_POLICY.toLowerCase(Locale.ROOT));
        assertThat(head).contains("\nx-content-type-options: nosniff");
    }

    @Test
    void traceIsRefusedWithoutEchoingTheRequest() {
        HttpResponse<byte[]> trace = http.send("TRACE", PAY_TAB, "X-Secret", "do-not-echo");
        assertThat(trace.statusCode()).isEqualTo(405);
        assertThat(trace.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(LocalHttp.text(trace)).doesNotContain("do-not-echo");
        assertSecurityHeaders(trace.headers(), SITE_POLICY);
    }

    @Test
    void writingMethodsAreRefusedAndUnknownOnesNotImplemented() {
        for (String method : new String[] {"POST", "PUT", "DELETE", "PATCH"}) {
            HttpResponse<byte[]> refused = http.send(method, PAY_TAB);
            assertThat(refused.statusCode()).as(method).isEqualTo(405);
            assertThat(refused.headers().firstValue("Allow")).as(method).contains("GET, HEAD");
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
