package org.handbook.embed;

import static org.assertj.core.api.Assertions.assertThat;

import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class EmbedControllerTests {

    static final String SLUG = "health-information-technologists-and-medical-registrars";

    @LocalServerPort
    int port;

    private String canonical() {
        return SiteClient.siteAddress(port) + "/healthcare/" + SLUG + "/";
    }

    private Document page(String path, int expectedStatus) {
        Response response = new SiteClient(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(expectedStatus);
        return Jsoup.parse(response.body(), "http://127.0.0.1:" + port + path);
    }

    @Test
    void wholeProfileHasItsTabsInTheFrameAndTheAttribution() {
        Document embed = page("/embed/" + SLUG, 200);

        assertThat(embed.select("header.site-header, footer.site-footer, .site-nav")).isEmpty();
        assertThat(embed.select("h1").text()).isEqualTo("Health Information Technologists and Medical Registrars");
        assertThat(embed.select("[data-qa=quick-facts]").text()).contains("$58,250 per year", "37,900", "16%");
        Element attribution = embed.selectFirst("[data-qa=attribution]");
        assertThat(attribution.text()).isEqualTo("Source: Bureau of Labor Statistics, Occupational Outlook Handbook");
        assertThat(attribution.selectFirst("a").attr("href")).isEqualTo(canonical());

        var tabs = embed.select("[data-qa=embed-tabs] a");
        assertThat(tabs).hasSize(9);
        assertThat(tabs.first().attr("aria-current")).isEqualTo("page");
        assertThat(tabs.get(4).text()).isEqualTo("Pay");
        assertThat(tabs.get(4).attr("href")).isEqualTo("/embed/" + SLUG + "/pay?tabs=all");
        assertThat(tabs.eachAttr("target")).containsOnly("_self");
        assertThat(tabs.eachAttr("data-bls-tab")).isEmpty();
        assertThat(embed.selectFirst("base").attr("target")).isEqualTo("_blank");
    }

    @Test
    void tabsParameterChoosesTheTabsOnOfferInBlsOrder() {
        Document embed = page("/embed/" + SLUG + "?tabs=job-outlook,pay", 200);

        var tabs = embed.select("[data-qa=embed-tabs] a");
        assertThat(tabs.eachText()).containsExactly("Pay", "Job Outlook");
        assertThat(embed.select("#tab-heading").text()).isEqualTo("Pay");
        assertThat(tabs.get(1).attr("href")).isEqualTo("/embed/" + SLUG + "/job-outlook?tabs=pay,job-outlook");

        Document outlook = page(tabs.get(1).attr("href"), 200);
        assertThat(outlook.select("#tab-heading").text()).isEqualTo("Job Outlook");
        assertThat(outlook.select("[data-qa=embed-tabs] a[aria-current=page]").text()).isEqualTo("Job Outlook");
        assertThat(outlook.select("[data-qa=outlook-chart]")).isNotEmpty();
    }

    @Test
    void unknownTabNamesAnswer400WithTheValidNames() {
        for (String query : new String[] {"?tabs=pay,salary", "?tabs=", "?tabs=all,pay", "?tabs=%3Cscript%3E"}) {
            Document error = page("/embed/" + SLUG + query, 400);
            assertThat(error.select("h1").text()).isEqualTo("Those tabs cannot be embedded");
            assertThat(error.select("ul code").eachText()).contains("summary", "pay", "more-information");
            assertThat(error.html()).doesNotContain("<script>", "salary");
        }
        page("/embed/" + SLUG + "/pay?tabs=summary,job-outlook", 400);
    }

    @Test
    void oneTabOpensItsLinksInANewTopLevelTab() {
        Document embed = page("/embed/" + SLUG + "/pay", 200);

        assertThat(embed.select("[data-qa=embed-tabs]")).isEmpty();
        assertThat(embed.select("#tab-heading").text()).isEqualTo("Pay");
        assertThat(embed.select("[data-qa=wage-chart] table").text()).contains("$58,250");
        assertThat(embed.selectFirst("base").attr("target")).isEqualTo("_blank");
        for (Element link : embed.select("main a[href], footer a[href]")) {
            String target = link.hasAttr("target") ? link.attr("target") : embed.selectFirst("base").attr("target");
            assertThat(target).as(link.outerHtml()).isEqualTo("_blank");
        }
        Element full = embed.selectFirst(".embed-full a");
        assertThat(full.attr("href")).isEqualTo(canonical() + "pay");
        assertThat(full.attr("rel")).isEqualTo("noopener");
        assertThat(embed.selectFirst("[data-qa=attribution] a").attr("href")).isEqualTo(canonical() + "pay");
    }

    @Test
    void summaryIsEmbeddableAloneByName() {
        Document embed = page("/embed/" + SLUG + "/summary", 200);
        assertThat(embed.select("[data-qa=quick-facts]")).isNotEmpty();
        assertThat(embed.select("[data-qa=embed-tabs]")).isEmpty();
    }

    @Test
    void embedsRequestNothingFromAnotherOrigin() {
        for (String path : new String[] {"/embed/" + SLUG, "/embed/" + SLUG + "/pay", "/embed/medical-assistants"}) {
            Document embed = page(path, 200);
            for (Element resource : embed.select("link[rel=stylesheet], script[src], img, iframe, source, video, audio")) {
                String url = resource.hasAttr("href") ? resource.attr("href") : resource.attr("src");
                assertThat(url).as(path + ": " + resource.outerHtml()).startsWith("/");
            }
            assertThat(embed.select("script[src]").eachAttr("src")).singleElement()
                    .satisfies(src -> assertThat(src).matches("/js/embed-frame-[0-9a-f]{32}\\.js"));
            assertThat(embed.select("[style], style")).isEmpty();
        }
    }

    @Test
    void occupationKnownOnlyBySummaryEmbedsThatSummaryAndHasNoTabs() {
        Document embed = page("/embed/medical-assistants", 200);
        assertThat(embed.select("h1").text()).isEqualTo("Medical Assistants");
        assertThat(embed.select("[data-qa=partial-notice] a").attr("href")).startsWith("https://www.bls.gov/ooh/");
        assertThat(embed.select("[data-qa=attribution] a").attr("href")).isEqualTo(SiteClient.siteAddress(port) + "/healthcare/medical-assistants/");

        page("/embed/medical-assistants/pay", 404);
        page("/embed/medical-assistants/summary", 404);
    }

    @Test
    void unknownOccupationOrTabIs404() {
        page("/embed/no-such-occupation", 404);
        page("/embed/" + SLUG + "/salary", 404);
    }

    @Test
    void demoPageShowsTheSnippetAndALiveEmbed() {
        Document demo = page("/embed/demo", 200);
        assertThat(demo.select("header.site-header")).isNotEmpty();
        assertThat(demo.select("h1").text()).isEqualTo("Embed a profile in your page");
        assertThat(demo.select("[data-qa=demo-profile-snippet]").text())
                .contains("<iframe src=\"" + SiteClient.siteAddress(port) + "/embed/" + SLUG + "\"")
                .contains("<script src=\"" + SiteClient.siteAddress(port) + "/embed.js\" defer></script>");
        Element frame = demo.selectFirst("iframe[data-qa=demo-frame]");
        assertThat(frame.attr("src")).isEqualTo("/embed/" + SLUG);
        assertThat(frame.attr("title")).isNotBlank();
        assertThat(demo.select("script[src]").eachAttr("src")).contains("/embed.js");
    }

    @Test
    void scriptsForPortalAndFrameAreServed() {
        Response portal = new SiteClient(port).get("/embed.js");
        assertThat(portal.statusCode()).isEqualTo(200);
        assertThat(portal.body()).contains("document.currentScript.src", "event.origin !== origin", "handbook:resize");
        Response frame = new SiteClient(port).get("/js/embed-frame.js");
        assertThat(frame.statusCode()).isEqualTo(200);
        assertThat(frame.body()).contains("postMessage", "handbook:resize");
    }
}
