package org.handbook.embed;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OEmbedControllerTests {


    @LocalServerPort
    int port;

    private String profile() {
        return SiteClient.siteAddress(port) + "/healthcare/health-information-technologists-and-medical-registrars/";
    }

    private Response oembed(String query) {
        return new SiteClient(port).get("/oembed?" + query);
    }

    private static String url(String url) {
        return "url=" + URLEncoder.encode(url, StandardCharsets.UTF_8);
    }

    @Test
    void tabUrlAnswersRichEmbedOfThatTab() {
        Response response = oembed(url(profile() + "pay") + "&format=json");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        DocumentContext json = JsonPath.parse(response.body());
        assertThat(json.read("$.type", String.class)).isEqualTo("rich");
        assertThat(json.read("$.version", String.class)).isEqualTo("1.0");
        assertThat(json.read("$.title", String.class)).isEqualTo("Pay: Health Information Technologists and Medical Registrars");
        assertThat(json.read("$.provider_name", String.class)).isEqualTo("Handbook");
        assertThat(json.read("$.provider_url", String.class)).isEqualTo(SiteClient.siteAddress(port) + "/");
        assertThat(json.read("$.cache_age", Integer.class)).isEqualTo(86400);
        assertThat(json.read("$.width", Integer.class)).isEqualTo(600);
        assertThat(json.read("$.height", Integer.class)).isEqualTo(800);

        Document html = Jsoup.parseBodyFragment(json.read("$.html", String.class));
        assertThat(html.selectFirst("iframe").attr("src"))
                .isEqualTo(SiteClient.siteAddress(port) + "/embed/health-information-technologists-and-medical-registrars/pay");
        assertThat(html.selectFirst("iframe").attr("width")).isEqualTo("600");
        assertThat(html.selectFirst("iframe").attr("height")).isEqualTo("800");
        assertThat(html.selectFirst("iframe").attr("title")).contains("Pay: Health Information Technologists");
        assertThat(html.selectFirst("script").attr("src")).isEqualTo(SiteClient.siteAddress(port) + "/embed.js");
        assertThat(html.selectFirst("script").hasAttr("defer")).isTrue();
    }

    @Test
    void profileUrlEmbedsTheWholeProfileAndFormatDefaultsToJson() {
        DocumentContext json = JsonPath.parse(oembed(url(profile())).body());
        assertThat(json.read("$.title", String.class)).isEqualTo("Health Information Technologists and Medical Registrars");
        assertThat(json.read("$.html", String.class))
                .contains("src=\"" + SiteClient.siteAddress(port) + "/embed/health-information-technologists-and-medical-registrars\"");
    }

    @Test
    void sizeStaysWithinMaxwidthAndMaxheight() {
        DocumentContext small = JsonPath.parse(oembed(url(profile() + "pay") + "&format=json&maxwidth=320&maxheight=240").body());
        assertThat(small.read("$.width", Integer.class)).isEqualTo(320);
        assertThat(small.read("$.height", Integer.class)).isEqualTo(240);
        assertThat(small.read("$.html", String.class)).contains("width=\"320\"", "height=\"240\"");

        DocumentContext large = JsonPath.parse(oembed(url(profile() + "pay") + "&maxwidth=2000&maxheight=3000").body());
        assertThat(large.read("$.width", Integer.class)).isEqualTo(600);
        assertThat(large.read("$.height", Integer.class)).isEqualTo(800);
    }

    @Test
    void xmlIsNotImplemented() {
        Response response = oembed(url(profile() + "pay") + "&format=xml");
        assertThat(response.statusCode()).isEqualTo(501);
        assertThat(response.header("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void urlsThatAreNotOursOrUnknownAre404() {
        String ownHostOfTheRequest = "http://127.0.0.1:" + port + "/healthcare/health-information-technologists-and-medical-registrars/pay";
        for (String foreign : new String[] {
                "https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm",
                ownHostOfTheRequest,
                SiteClient.siteAddress(port) + ".evil.example/healthcare/health-information-technologists-and-medical-registrars/",
                profile() + "salary",
                SiteClient.siteAddress(port) + "/healthcare/no-such-occupation/",
                SiteClient.siteAddress(port) + "/management/health-information-technologists-and-medical-registrars/",
                SiteClient.siteAddress(port) + "/healthcare/medical-assistants/pay",
                SiteClient.siteAddress(port) + "/glossary",
                "not a url"}) {
            Response response = oembed(url(foreign) + "&format=json");
            assertThat(response.statusCode()).as(foreign).isEqualTo(404);
            assertThat(response.body()).doesNotContain("evil");
        }
    }

    @Test
    void hostHeaderDoesNotMakeAUrlOurs() {
        Response response = new SiteClient(port).get(
                "/oembed?" + url("http://portal.example/healthcare/health-information-technologists-and-medical-registrars/"),
                "X-Forwarded-Host", "portal.example");
        assertThat(response.statusCode()).isEqualTo(404);
    }

    @Test
    void summaryOnlyOccupationEmbedsItsSummary() {
        DocumentContext json = JsonPath.parse(oembed(url(SiteClient.siteAddress(port) + "/healthcare/medical-assistants/")).body());
        assertThat(json.read("$.html", String.class)).contains("/embed/medical-assistants\"");
    }

    @Test
    void missingUrlOrBadSizeIs400() {
        assertThat(oembed("format=json").statusCode()).isEqualTo(400);
        assertThat(oembed("url=&format=json").statusCode()).isEqualTo(400);
        assertThat(oembed(url(profile()) + "&maxwidth=0").statusCode()).isEqualTo(400);
        Response bad = oembed(url(profile()) + "&maxheight=tall");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(JsonPath.parse(bad.body()).read("$.detail", String.class)).contains("maxheight");
    }
}
