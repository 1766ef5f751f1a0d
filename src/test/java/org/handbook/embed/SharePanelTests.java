package org.handbook.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SharePanelTests {

    static final String PATH = "/healthcare/health-information-technologists-and-medical-registrars/";

    @LocalServerPort
    int port;

    private Document tab(String tab) {
        Response response = new SiteClient(port).get(PATH + tab);
        assertThat(response.statusCode()).isEqualTo(200);
        return Jsoup.parse(response.body());
    }

    @Test
    void everyTabSharesItsLinkCitationAndEmbedCode() {
        Document pay = tab("pay");
        Element share = pay.selectFirst("[data-qa=share]");
        assertThat(share).isNotNull();
        assertThat(share.selectFirst("h2").text()).isEqualTo("Share, cite or embed this page");

        String url = SiteClient.siteAddress(port) + PATH + "pay";
        assertThat(share.selectFirst("[data-qa=share-link]").val()).isEqualTo(url);
        String visited = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US)
                .format(LocalDate.now(ZoneId.of("America/New_York")));
        assertThat(share.selectFirst("[data-qa=share-citation]").text())
                .isEqualTo("Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, "
                        + "2022-32 Edition, Health Information Technologists and Medical Registrars, at " + url
                        + "?edition=2022-32 (visited " + visited + ").");
        Element code = share.selectFirst("[data-qa=share-embed]");
        assertThat(code.tagName()).isEqualTo("textarea");
        assertThat(code.hasAttr("readonly")).isTrue();
        assertThat(code.text())
                .startsWith("<iframe src=\"" + SiteClient.siteAddress(port) + "/embed/health-information-technologists-and-medical-registrars/pay\"")
                .contains("height=\"800\"", "<script src=\"" + SiteClient.siteAddress(port) + "/embed.js\" defer></script>");
        for (Element field : share.select("input, textarea")) {
            assertThat(share.select("label[for=" + field.id() + "]")).as(field.id()).hasSize(1);
        }
        assertThat(share.selectFirst("[data-qa=share-preview]").attr("href"))
                .isEqualTo(SiteClient.siteAddress(port) + "/embed/health-information-technologists-and-medical-registrars/pay");
        assertThat(share.select("button")).as("the copy buttons come with the script").isEmpty();
        assertThat(pay.select("script[src]").eachAttr("src")).anySatisfy(src -> assertThat(src).matches("/js/share-[0-9a-f]{32}\\.js"));
    }

    @Test
    void summaryTabOffersTheWholeProfile() {
        Element share = tab("").selectFirst("[data-qa=share]");
        assertThat(share.selectFirst("label[for=share-embed]").text()).contains("whole profile");
        assertThat(share.selectFirst("[data-qa=share-embed]").text())
                .contains("src=\"" + SiteClient.siteAddress(port) + "/embed/health-information-technologists-and-medical-registrars\"");
    }

    @Test
    void everyTabCarriesTheOEmbedDiscoveryLink() {
        for (String tab : new String[] {"", "what-they-do", "pay", "more-information"}) {
            Element link = tab(tab).selectFirst("link[rel=alternate][type=application/json+oembed]");
            assertThat(link).as(tab).isNotNull();
            assertThat(link.attr("href")).isEqualTo(SiteClient.siteAddress(port) + "/oembed?url=" + URLEncoder.encode(SiteClient.siteAddress(port), StandardCharsets.UTF_8)
                    + PATH.replace("/", "%2F") + tab + "&format=json");
            assertThat(link.attr("title")).contains("Health Information Technologists and Medical Registrars");
        }
    }
}
