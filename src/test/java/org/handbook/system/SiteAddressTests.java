package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;

import com.jayway.jsonpath.JsonPath;
import java.time.ZoneId;
import java.util.List;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.RawResponse;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.WebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.mock.env.MockEnvironment;

/**
 * Absolute links (canonical, citation, share panel, oEmbed) name the address the site is reached at:
 * with no base URL configured, localhost and the port the server listens on, here a random one.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SiteAddressTests {

    static final String PROFILE = "/healthcare/health-information-technologists-and-medical-registrars/";

    @LocalServerPort
    int port;

    @Test
    void pagesLinkToThePortTheServerListensOnAndOEmbedKnowsThem() {
        SiteClient site = new SiteClient(port);
        String own = "http://localhost:" + port;
        Document pay = site.page(PROFILE + "pay");

        assertThat(pay.select("link[rel=canonical]").attr("href")).isEqualTo(own + PROFILE + "pay");
        assertThat(pay.select("[data-qa=share-link]").val()).isEqualTo(own + PROFILE + "pay");
        assertThat(pay.select("[data-qa=citation]").text()).contains(" at " + own + PROFILE + "pay?edition=");
        String discovery = pay.select("link[rel=alternate][type=application/json+oembed]").attr("href");
        assertThat(discovery).startsWith(own + "/oembed?url=");

        Response oembed = site.get(discovery.substring(own.length()));
        assertThat(oembed.statusCode()).isEqualTo(200);
        assertThat(JsonPath.parse(oembed.body()).read("$.html", String.class))
                .contains("<iframe src=\"" + own + "/embed/health-information-technologists-and-medical-registrars/pay\"");
    }

    @Test
    void aForgedHostIsNeitherReflectedNorKeptForOthers() {
        SiteClient site = new SiteClient(port);
        String own = "http://localhost:" + port;
        for (String path : List.of(PROFILE, PROFILE + "job-outlook", "/embed/medical-assistants", "/sitemap.xml")) {
            RawResponse forged = site.getWithForgedHost(path, "evil.example");
            assertThat(forged.status()).as(path).isEqualTo(200);
            assertThat(forged.body()).as(path).doesNotContain("evil.example").contains(own + "/");
            assertThat(site.get(path).body()).as(path).doesNotContain("evil.example");
        }
        Document profile = Jsoup.parse(site.getWithForgedHost(PROFILE, "evil.example:8080").body());
        assertThat(profile.select("link[rel=canonical]").attr("href")).isEqualTo(own + PROFILE);
    }

    @Test
    void aConfiguredBaseUrlWinsOverThePort() {
        SiteAddress address = new SiteAddress(new SiteProperties("https://handbook.example/", ZoneId.of("UTC")),
                new MockEnvironment().withProperty("server.port", "0"));
        address.onApplicationEvent(listening(18080, null));

        assertThat(address.absolute("/pay")).isEqualTo("https://handbook.example/pay");
    }

    @Test
    void withoutOneTheAddressFollowsTheMainServersPortNotTheActuators() {
        SiteAddress address = new SiteAddress(new SiteProperties(null, ZoneId.of("UTC")),
                new MockEnvironment().withProperty("server.port", "18080"));
        assertThat(address.absolute("/")).isEqualTo("http://localhost:18080/");

        address.onApplicationEvent(listening(18081, "management"));
        assertThat(address.absolute("/")).isEqualTo("http://localhost:18080/");
        address.onApplicationEvent(listening(18082, null));
        assertThat(address.absolute("/")).isEqualTo("http://localhost:18082/");
    }

    @Test
    void aRandomPortIsNoAddressUntilTheServerListens() {
        SiteAddress address = new SiteAddress(new SiteProperties(null, ZoneId.of("UTC")),
                new MockEnvironment().withProperty("server.port", "0"));
        assertThatIllegalStateException().isThrownBy(() -> address.absolute("/"));

        address.onApplicationEvent(listening(41234, null));
        assertThat(address.absolute("/")).isEqualTo("http://localhost:41234/");
    }

    @Test
    void withoutAServerTheDefaultPortIsTheAddress() {
        SiteAddress address = new SiteAddress(new SiteProperties(null, ZoneId.of("UTC")), new MockEnvironment());

        assertThat(address.absolute("/")).isEqualTo("http://localhost:8080/");
    }

    private static WebServerInitializedEvent listening(int port, String namespace) {
        WebServer server = mock(WebServer.class);
        given(server.getPort()).willReturn(port);
        WebServerApplicationContext context = mock(WebServerApplicationContext.class);
        given(context.getServerNamespace()).willReturn(namespace);
        return new WebServerInitializedEvent(server) {
            @Override
            public WebServerApplicationContext getApplicationContext() {
                return context;
            }
        };
    }
}
