package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.handbook.occupation.Tab;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalog's pages as a visitor's browser and a crawler meet them, over HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "handbook.site.base-url=https://handbook.example")
class CatalogFlowTests {

    static final String BASE = "https://handbook.example";
    static final String SEED = "health-information-technologists-and-medical-registrars";
    static final String SEED_PATH = "/healthcare/" + SEED + "/";
    static final String SEED_TITLE = "Health Information Technologists and Medical Registrars";

    @LocalServerPort
    int port;

    @Autowired
    JsonMapper json;

    private SiteClient site;

    @BeforeEach
    void client() {
        site = new SiteClient(port);
    }

    // Home, groups, A-Z

    @Test
    void homeLeadsToEveryWayIn() throws Exception {
        Document home = site.page("/", 200);

        assertThat(home.title()).isEqualTo("Find an occupation | Handbook");
        assertThat(home.select("h1")).hasSize(1);
        assertThat(home.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + "/");
        assertThat(home.select("main form[action=/search] input[name=q]")).hasSize(1);
        assertThat(home.select("[data-qa=groups] li").eachText())
                .containsExactly("Healthcare (4 occupations)", "Management (1 occupation)");
        assertThat(home.select("[data-qa=featured]").attr("href")).isEqualTo(SEED_PATH);
        assertThat(home.select("main a").eachAttr("href")).contains("/occupation-finder", "/occupations",
                "/glossary", "/data/occupations.csv", "/data/occupations.json");
        assertThat(home.select("main").text()).contains("Occupational Outlook Handbook");
        assertThat(home.select(".lead").text()).endsWith("Its figures are BLS's own, from the 2022-32 edition: "
                + "employment projections for 2022-32 and wages from May 2022.");
        assertThat(home.select("[data-qa=home-partial]").text()).isEqualTo("4 occupations are known here only from "
                + "other profiles: their pages show what BLS tells of them and link to the BLS page.");
    }

    @Test
    void groupPageListsItsOccupationsWithDutiesEducationAndPay() throws Exception {
        Document group = site.page("/healthcare/", 200);

        assertThat(group.title()).isEqualTo("Healthcare Occupations | Handbook");
        assertThat(group.select("tbody tr")).hasSize(4);
        Element seed = group.select("tbody tr").stream()
                .filter(r -> r.select("th a").attr("href").equals(SEED_PATH)).findFirst().orElseThrow();
        assertThat(seed.select("td").eachText()).containsExactly(
                "Health information technologists and medical registrars advise organizations on computerized "
                        + "healthcare systems and analyze clinical data.",
                "Associate's degree", "$58,250");
        assertThat(group.select("thead th").eachText()).containsExactly("Occupation", "Job summary",
                "Entry-level education", "Median pay, May 2022");
        assertThat(site.page("/management/", 200).select("tbody tr th").text())
                .isEqualTo("Medical and Health Services Managers");
    }

    @Test
    void unknownGroupIsNotFoundAndAGroupWithoutSlashRedirects() throws Exception {
        assertThat(site.get("/no-such-group/").statusCode()).isEqualTo(404);
        assertThat(site.get("/no-such-group").statusCode()).isEqualTo(404);
        Response redirect = site.get("/healthcare");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.header("Location").orElseThrow()).endsWith("/healthcare/");
    }

    @Test
    void indexListsEveryOccupationUnderItsLetter() throws Exception {
        Document index = site.page("/occupations", 200);

        assertThat(index.select("nav.catalog-letters a").eachText()).containsExactly("H", "M");
        assertThat(index.select("nav.catalog-letters span").eachText()).hasSize(24);
        assertThat(index.select("#letter-M")).hasSize(1);
        assertThat(index.select("#letter-M + ul li > a").eachText()).containsExactly(
                "Medical and Health Services Managers", "Medical Assistants", "Medical Records Specialists",
                "Medical Transcriptionists");
        assertThat(index.select("#letter-H + ul li > a").attr("href")).isEqualTo(SEED_PATH);
    }

    // Search

    @Test
    void searchRanksTitleMatchesFirstAndMarksTheWords() throws Exception {
        Document results = site.page("/search?q=medical+records", 200);

        List<String> titles = results.select("[data-qa=results] h2").eachText();
        assertThat(titles.get(0)).isEqualTo("Medical Records Specialists");
        assertThat(titles).contains(SEED_TITLE);
        assertThat(results.select("[data-qa=results] li").first().select("h2 mark").eachText())
                .containsExactly("Medical", "Records");
        assertThat(results.select("[data-qa=results] .catalog-snippet mark")).isNotEmpty();
        assertThat(results.select("[data-qa=result-count]").text()).contains("occupations match");
        assertThat(results.select("#search-q").val()).isEqualTo("medical records");
    }

    @Test
    void searchFindsNarrativeText() throws Exception {
        Document results = site.page("/search?q=" + enc("registrars"), 200);

        assertThat(results.select("[data-qa=results] h2 a").attr("href")).isEqualTo(SEED_PATH);
    }

    @Test
    void searchEchoesTheQueryEscaped() throws Exception {
        Response response = site.get("/search?q=" + enc("<script>alert(1)</script>"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<script>alert(1)").contains("&lt;script&gt;alert(1)");
        assertThat(Jsoup.parse(response.body()).select("#search-q").val()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void emptyAndWordlessQueriesGetHelp() throws Exception {
        assertThat(site.page("/search", 200).select("[data-qa=search-help]").text()).contains("Enter a word");
        assertThat(site.page("/search?q=", 200).select("[data-qa=search-help]").text()).contains("Enter a word");
        assertThat(site.page("/search?q=" + enc("%%% !!"), 200).select("[data-qa=search-help]").text())
                .contains("no letters or numbers");
    }

    @Test
    void overlongQueriesAndControlCharactersAreRefusedWithAnExplanation() throws Exception {
        Document tooLong = site.page("/search?q=" + "a".repeat(201), 400);
        assertThat(tooLong.title()).startsWith("Error: ");
        assertThat(tooLong.select("[data-qa=error-summary]").text()).contains("200 characters or fewer");
        assertThat(tooLong.select("#search-q").attr("aria-describedby")).isEqualTo("search-q-error");
        assertThat(tooLong.select("#search-q-error").text()).contains("200 characters or fewer");

        Document control = site.page("/search?q=a%00b", 400);
        assertThat(control.select("#search-q-error").text()).contains("cannot be searched");
        assertThat(site.page("/search?q=" + "a".repeat(200), 200).select("[data-qa=result-count]")).hasSize(1);
    }

    @Test
    void suggestionsAreJsonAndBadInputIsAProblem() throws Exception {
        Response found = site.get("/search/suggestions?q=medical%20reg");
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(found.header("Content-Type").orElse("")).startsWith("application/json");
        assertThat(found.body()).contains("\"title\":\"Health Information Technologists and Medical Registrars\"",
                "\"path\":\"/healthcare/health-information-technologists-and-medical-registrars/\"");
        assertThat(site.get("/search/suggestions?q=").body()).contains("\"suggestions\":[]");

        Response tooLong = site.get("/search/suggestions?q=" + "a".repeat(201));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.header("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(tooLong.body()).contains("200 characters or fewer");
        assertThat(site.get("/search/suggestions?q=a%00b").statusCode()).isEqualTo(400);
    }

    @Test
    void searchPagesAreCheckedAndResultPagesAreNotIndexed() throws Exception {
        Document first = site.page("/search?q=medical&page=1", 200);
        assertThat(first.select("[data-qa=results] > li")).hasSize(5);
        assertThat(first.select("[data-qa=pages]")).isEmpty();
        assertThat(first.select("meta[name=robots]").attr("content")).isEqualTo("noindex, follow");

        assertThat(site.page("/search?q=medical&page=2", 200).select("[data-qa=search-help]").text())
                .contains("no page 2", "end on page 1");
        for (String page : List.of("0", "abc", "-1", "1001", "99999999999")) {
            Document invalid = site.page("/search?q=medical&page=" + page, 400);
            assertThat(invalid.title()).startsWith("Error: ");
            assertThat(invalid.select("[data-qa=error-summary]").text()).contains("page number from 1 to 1000");
        }
    }

    // Occupation Finder

    @Test
    void finderWithoutFiltersListsEveryOccupation() throws Exception {
        Document finder = site.page("/occupation-finder", 200);

        assertThat(finder.title()).isEqualTo("Occupation Finder | Handbook");
        assertThat(finder.select("[data-qa=result-count]").text()).isEqualTo("5 occupations found");
        assertThat(finder.select("h2#finder-results")).hasSize(1);
        assertThat(finder.select("[data-qa=skip-to-results]").attr("href")).isEqualTo("#finder-results");
        assertThat(finder.select("fieldset legend").eachText()).containsExactly("Occupation group",
                "Entry-level education", "Work experience in a related occupation", "On-the-job training",
                "Projected growth rate, 2022-32", "Projected number of new jobs, 2022-32", "Median pay, May 2022");
        assertThat(finder.select("[data-qa=finder-results] thead th").eachText()).endsWith(
                "Projected growth, 2022-32 (sort highest first)", "Projected new jobs, 2022-32 (sort most first)",
                "Median pay, May 2022 (sort highest first)");
        // BLS's eight levels, then "See How to Become One", a choice of its own
        assertThat(finder.select("input[type=checkbox][name=education]")).hasSize(9);
        assertThat(finder.select("label[for=education-see-how-to-become-one]").text())
                .isEqualTo("See How to Become One (0 occupations)");
        assertThat(finder.select("label[for=education-associate]").text()).isEqualTo("Associate's degree (1 occupation)");
        assertThat(finder.select("label[for=group-healthcare]").text()).isEqualTo("Healthcare (4 occupations)");
        assertThat(finder.select("[data-qa=finder-csv]").attr("href")).isEqualTo("/occupation-finder.csv");
        assertThat(finder.select("main a").eachAttr("href")).contains("/data/occupations.csv",
                "/data/occupations.json");
    }

    @Test
    void everyFinderFilterNarrowsTheResult() throws Exception {
        assertThat(finderTitles("education=associate")).containsExactly(SEED_TITLE);
        assertThat(finderTitles("education=postsecondary-nondegree")).containsExactly("Medical Assistants",
                "Medical Records Specialists", "Medical Transcriptionists");
        assertThat(finderTitles("experience=none")).containsExactly(SEED_TITLE);
        assertThat(finderTitles("experience=five-years-or-more")).isEmpty();
        assertThat(finderTitles("training=none")).containsExactly(SEED_TITLE);
        assertThat(finderTitles("growth=much-faster")).containsExactly(SEED_TITLE);
        assertThat(finderTitles("growth=decline")).isEmpty();
        assertThat(finderTitles("jobs=from-5000-to-9999")).containsExactly(SEED_TITLE);
        assertThat(finderTitles("jobs=from-50000")).isEmpty();
        assertThat(finderTitles("pay=from-40000-to-59999")).containsExactly(SEED_TITLE, "Medical Records Specialists");
        assertThat(finderTitles("pay=from-100000")).containsExactly("Medical and Health Services Managers");
        assertThat(finderTitles("pay=from-30000-to-39999&pay=under-30000")).containsExactly("Medical Assistants",
                "Medical Transcriptionists");
        assertThat(finderTitles("education=postsecondary-nondegree&pay=from-40000-to-59999"))
                .containsExactly("Medical Records Specialists");
    }

    @Test
    void finderSortsByPayGrowthJobsAndTitle() throws Exception {
        assertThat(finderTitles("sort=pay")).containsExactly("Medical and Health Services Managers", SEED_TITLE,
                "Medical Records Specialists", "Medical Assistants", "Medical Transcriptionists");
        assertThat(finderTitles("sort=growth").get(0)).isEqualTo(SEED_TITLE);
        assertThat(finderTitles("sort=jobs").get(0)).isEqualTo(SEED_TITLE);
        assertThat(finderTitles("sort=title").get(0)).isEqualTo(SEED_TITLE);
        Document sorted = site.page("/occupation-finder?sort=pay", 200);
        assertThat(sorted.select("#sort option[selected]").val()).isEqualTo("pay");
        assertThat(sorted.select("[data-qa=finder-csv]").attr("href")).isEqualTo("/occupation-finder.csv?sort=pay");
    }

    @Test
    void finderColumnHeadersSortBothWaysAndSaySo() throws Exception {
        Document byTitle = site.page("/occupation-finder?group=healthcare", 200);
        assertThat(byTitle.select("[data-qa=sort-title]").attr("aria-sort")).isEqualTo("ascending");
        assertThat(byTitle.select("[data-qa=sort-title] a").attr("href"))
                .isEqualTo("/occupation-finder?group=healthcare&sort=title-desc#finder-results");
        assertThat(byTitle.select("[data-qa=sort-pay] a").attr("href"))
                .isEqualTo("/occupation-finder?group=healthcare&sort=pay#finder-results");
        assertThat(byTitle.select("th[aria-sort]")).hasSize(1);

        Document byPay = site.page("/occupation-finder?group=healthcare&sort=pay", 200);
        assertThat(byPay.select("[data-qa=sort-pay]").attr("aria-sort")).isEqualTo("descending");
        assertThat(byPay.select("[data-qa=sort-pay] a").attr("href"))
                .isEqualTo("/occupation-finder?group=healthcare&sort=pay-asc#finder-results");
        assertThat(byPay.select("[data-qa=sort-title]").hasAttr("aria-sort")).isFalse();
        assertThat(byPay.select("[data-qa=finder-results] caption").text())
                .isEqualTo("Occupations matching the filters, by median pay (highest first)");

        assertThat(finderTitles("sort=pay-asc")).containsExactly("Medical Transcriptionists", "Medical Assistants",
                "Medical Records Specialists", SEED_TITLE, "Medical and Health Services Managers");
        assertThat(finderTitles("sort=title-desc").get(0)).isEqualTo("Medical Transcriptionists");
        assertThat(site.page("/occupation-finder?sort=pay-asc", 200).select("[data-qa=sort-pay]").attr("aria-sort"))
                .isEqualTo("ascending");
    }

    @Test
    void finderFiltersByGroupAndCountsWhatEachChoiceWouldLeave() throws Exception {
        assertThat(finderTitles("group=management")).containsExactly("Medical and Health Services Managers");
        assertThat(finderTitles("group=healthcare&pay=from-100000")).isEmpty();

        Document finder = site.page("/occupation-finder?group=healthcare&pay=from-40000-to-59999", 200);
        assertThat(finder.select("#group-healthcare").hasAttr("checked")).isTrue();
        // a group's count keeps the pay filter; a pay choice's count keeps the group filter
        assertThat(finder.select("label[for=group-management] [data-qa=count]").text()).isEqualTo("(0 occupations)");
        assertThat(finder.select("label[for=group-healthcare] [data-qa=count]").text()).isEqualTo("(2 occupations)");
        assertThat(finder.select("label[for=pay-from-30000-to-39999] [data-qa=count]").text())
                .isEqualTo("(2 occupations)");
        assertThat(finder.select("label[for=pay-from-40000-to-59999] [data-qa=count]").text())
                .isEqualTo("(2 occupations)");
        assertThat(finder.select("label[for=pay-from-100000] [data-qa=count]").text()).isEqualTo("(0 occupations)");

        Document unknown = site.page("/occupation-finder?group=" + enc("<b>pirates</b>"), 400);
        assertThat(unknown.select("[data-qa=error-summary] a").eachAttr("href")).containsExactly("#group");
        assertThat(unknown.select("#group-error").text())
                .isEqualTo("Error: Choose occupation group from the list; \u201c<b>pirates</b>\u201d is not one of its choices.");
        assertThat(site.get("/occupation-finder.csv?group=pirates").statusCode()).isEqualTo(400);
        List<List<String>> csv = parseCsv(site.get("/occupation-finder.csv?group=healthcare&sort=pay-asc").body());
        assertThat(csv).hasSize(5);
        assertThat(value(csv, 1, "title")).isEqualTo("Medical Transcriptionists");
        assertThat(value(csv, 4, "title")).isEqualTo(SEED_TITLE);
    }

    @Test
    void finderReportsEachInvalidValueBesideItsField() throws Exception {
        Document finder = site.page("/occupation-finder?education=phd&experience=lots&training=x&growth=huge"
                + "&jobs=many&pay=" + enc("<b>rich</b>") + "&sort=salary&format=xml", 400);

        assertThat(finder.title()).isEqualTo("Error: Occupation Finder | Handbook");
        assertThat(finder.select("[data-qa=error-summary] li")).hasSize(8);
        assertThat(finder.select("[data-qa=error-summary] a").eachAttr("href")).containsExactly("#education",
                "#experience", "#training", "#growth", "#jobs", "#pay", "#sort", "#format");
        for (String field : List.of("education", "experience", "training", "growth", "jobs", "pay")) {
            Element fieldset = finder.selectFirst("fieldset#" + field);
            assertThat(fieldset.attr("aria-describedby")).isEqualTo(field + "-error");
            assertThat(fieldset.select("#" + field + "-error").text()).startsWith("Error: Choose");
        }
        assertThat(finder.select("#pay-error").text()).contains("\u201c<b>rich</b>\u201d");
        assertThat(finder.select("#pay-error b")).isEmpty();
        assertThat(finder.select("#sort").attr("aria-describedby")).isEqualTo("sort-error");
        assertThat(finder.select("#sort-error").text()).contains("salary");
        assertThat(finder.select("[data-qa=result-count]")).isEmpty();
    }

    @Test
    void finderResultDownloadsAsCsv() throws Exception {
        Response csv = site.get("/occupation-finder.csv?education=associate");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> rows = parseCsv(csv.body());
        assertThat(rows).hasSize(2);
        assertThat(value(rows, 1, "median_pay_annual")).isEqualTo("58250");

        Response format = site.get("/occupation-finder?format=csv&pay=from-40000-to-59999&sort=pay");
        assertThat(format.header("Content-Type").orElseThrow()).startsWith("text/csv");
        List<List<String>> byPay = parseCsv(format.body());
        assertThat(byPay).hasSize(3);
        assertThat(value(byPay, 1, "title")).isEqualTo(SEED_TITLE);
        assertThat(value(byPay, 2, "median_pay_annual")).isEqualTo("47180");

        Response invalid = site.get("/occupation-finder.csv?education=phd");
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.header("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(invalid.body()).contains("education: Choose entry-level education");
    }

    // Compare

    @Test
    void compareShowsQuickFactsSideBySide() throws Exception {
        Document compare = site.page("/compare?o=" + SEED + "&o=medical-assistants", 200);

        assertThat(compare.select("h1").text()).isEqualTo("Compare " + SEED_TITLE + ", Medical Assistants");
        assertThat(compare.select("[data-qa=compare-table] thead th a").eachText())
                .containsExactly(SEED_TITLE, "Medical Assistants");
        assertThat(compareRow(compare, "Median pay, May 2022")).containsExactly("$58,250 per year", "$38,270 per year");
        assertThat(compareRow(compare, "Median hourly pay, May 2022")).containsExactly("$28.01 per hour",
                "Not available");
        assertThat(compareRow(compare, "Openings projected each year, 2022-32")).containsExactly("3,100",
                "Not available");
        assertThat(compare.select("[data-qa=compare-table] th[scope=rowgroup]").eachText())
                .containsExactly("Pay", "Entry requirements", "Job outlook");
        assertThat(compare.select("[data-qa=compare-table]").text()).contains("16% (Much faster than average)",
                "Not available");
        assertThat(compare.select("[data-qa=compare-table] tbody th").eachText()).contains("Median pay, May 2022",
                "Number of jobs, 2022", "Job outlook, 2022-32", "Employment change, 2022-32");
        assertThat(compare.select("link[rel=canonical]").attr("href"))
                .isEqualTo(BASE + "/compare?o=" + SEED + "&o=medical-assistants");
        assertThat(compare.select("[data-qa=compare-chosen] a").eachAttr("href"))
                .contains("/compare?o=medical-assistants", "/compare?o=" + SEED);
    }

    @Test
    void compareDrawsPayAndOutlookOnOneScaleWithTheFiguresAsText() throws Exception {
        Document compare = site.page("/compare?o=" + SEED + "&o=medical-assistants&o=medical-and-health-services-managers",
                200);

        Element payChart = compare.selectFirst("[data-qa=compare-pay-chart]");
        assertThat(payChart.select("svg[role=img]").attr("aria-label")).contains("median annual pay, May 2022")
                .contains("table below the chart");
        List<Double> widths = payChart.select("rect.chart-bar").eachAttr("width").stream().map(Double::valueOf).toList();
        assertThat(widths).hasSize(3);
        // one scale: the widest bar is the highest pay, and bars keep the pays' proportions
        assertThat(widths.get(0) / widths.get(2)).isCloseTo(58250.0 / 104830, within(0.02));
        assertThat(widths.get(1) / widths.get(2)).isCloseTo(38270.0 / 104830, within(0.02));
        assertThat(payChart.select("[data-qa=compare-pay-data] tbody tr").get(0).text())
                .isEqualTo(SEED_TITLE + " $58,250 $34,970 $103,380");

        Element outlookChart = compare.selectFirst("[data-qa=compare-outlook-chart]");
        assertThat(outlookChart.select("[data-qa=compare-outlook-data] tbody tr").get(0).text())
                .isEqualTo(SEED_TITLE + " 16% Much faster than average 6,200");
        assertThat(outlookChart.select("svg text.chart-value").eachText()).contains("16%", "Not available");
    }

    @Test
    void compareWithFewerThanTwoExplainsHowToAdd() throws Exception {
        Document none = site.page("/compare", 200);
        assertThat(none.select("[data-qa=compare-help]").text()).contains("2 to 4 occupations");
        assertThat(none.select("#compare-add option")).hasSize(5);
        assertThat(none.select("#compare-add optgroup").eachAttr("label")).containsExactly("Healthcare", "Management");

        Document one = site.page("/compare?o=" + SEED, 200);
        assertThat(one.select("[data-qa=compare-help]").text()).contains("Add at least one more");
        assertThat(one.select("[data-qa=compare-add] input[type=hidden][name=o]").val()).isEqualTo(SEED);
        assertThat(one.select("#compare-add option")).hasSize(4);
        assertThat(one.select("[data-qa=compare-table]")).isEmpty();
    }

    @Test
    void compareRefusesTooManyAndUnknownOccupations() throws Exception {
        Document five = site.page("/compare?o=" + SEED + "&o=medical-assistants&o=medical-transcriptionists"
                + "&o=medical-and-health-services-managers&o=medical-records-and-health-information-technicians", 400);
        assertThat(five.title()).startsWith("Error: ");
        assertThat(five.select("[data-qa=error-summary]").text()).contains("at most 4");

        Document unknown = site.page("/compare?o=" + SEED + "&o=" + enc("<i>nobody</i>"), 400);
        assertThat(unknown.select("[data-qa=error-summary]").text())
                .contains("no occupation \u201c<i>nobody</i>\u201d");
        assertThat(unknown.select("[data-qa=error-summary] i")).isEmpty();
        assertThat(unknown.select("[data-qa=compare-chosen] a").first().text()).isEqualTo(SEED_TITLE);
    }

    @Test
    void profilesLinkToCompare() throws Exception {
        assertThat(site.page(SEED_PATH, 200).select("[data-qa=compare-link]").attr("href"))
                .isEqualTo("/compare?o=" + SEED);
        assertThat(site.page("/healthcare/medical-assistants/", 200).select("[data-qa=compare-link]").attr("href"))
                .isEqualTo("/compare?o=medical-assistants");
        assertThat(site.page("/occupation-finder", 200).select("form[action=/compare] input[name=o]")).hasSize(5);
    }

    // Downloads

    @Test
    void csvDownloadHasAHeaderAndEveryOccupationsFigures() throws Exception {
        Response response = site.get("/data/occupations.csv");
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.body()).contains("\r\n");

        List<List<String>> rows = parseCsv(response.body());
        assertThat(rows.get(0)).startsWith("slug", "title", "other_name", "group", "soc_code");
        assertThat(rows).hasSize(6);
        int seed = rowOf(rows, SEED);
        assertThat(value(rows, seed, "median_pay_annual")).isEqualTo("58250");
        assertThat(value(rows, seed, "median_pay_hourly")).isEqualTo("28.01");
        assertThat(value(rows, seed, "employment")).isEqualTo("37900");
        assertThat(value(rows, seed, "employment_change")).isEqualTo("6200");
        assertThat(value(rows, seed, "projected_growth_percent")).isEqualTo("16");
        assertThat(value(rows, seed, "entry_level_education")).isEqualTo("Associate's degree");
        assertThat(value(rows, seed, "url")).isEqualTo(BASE + SEED_PATH);
        assertThat(value(rows, seed, "source_url")).startsWith("https://www.bls.gov/ooh/healthcare/");
        int records = rowOf(rows, "medical-records-and-health-information-technicians");
        assertThat(value(rows, records, "title")).isEqualTo("Medical Records Specialists");
        assertThat(value(rows, records, "other_name")).isEqualTo("Medical records and health information technicians");
        assertThat(value(rows, records, "employment")).isEmpty();
    }

    @Test
    void jsonDownloadHoldsEveryOccupationAndItsSource() throws Exception {
        Response response = site.get("/data/occupations.json");
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/json");

        JsonNode download = json.readTree(response.body());
        assertThat(download.get("source").asString()).contains("Bureau of Labor Statistics");
        assertThat(download.get("occupations")).hasSize(5);
        JsonNode seed = null;
        for (JsonNode occupation : download.get("occupations")) {
            if (occupation.get("slug").asString().equals(SEED)) {
                seed = occupation;
            }
        }
        assertThat(seed).isNotNull();
        assertThat(seed.get("medianPayAnnual").asInt()).isEqualTo(58250);
        assertThat(seed.get("url").asString()).isEqualTo(BASE + SEED_PATH);
        assertThat(seed.get("sourceUrl").asString()).startsWith("https://www.bls.gov/ooh/");
    }

    // Being found

    @Test
    void profileCarriesOccupationAndBreadcrumbJsonLd() throws Exception {
        Document profile = site.page(SEED_PATH + "pay", 200);

        List<JsonNode> blocks = new ArrayList<>();
        for (Element script : profile.select("script[type=application/ld+json]")) {
            blocks.add(json.readTree(script.data()));
        }
        assertThat(blocks).hasSize(2);
        JsonNode occupation = blocks.get(0);
        assertThat(occupation.get("@type").asString()).isEqualTo("Occupation");
        assertThat(occupation.get("name").asString()).isEqualTo(SEED_TITLE);
        assertThat(occupation.get("description").asString()).startsWith("Health information technologists");
        assertThat(occupation.get("occupationalCategory").get("codeValue").asString()).isEqualTo("29-9021");
        JsonNode salary = occupation.get("estimatedSalary").get(0);
        assertThat(salary.get("@type").asString()).isEqualTo("MonetaryAmountDistribution");
        assertThat(salary.get("currency").asString()).isEqualTo("USD");
        assertThat(salary.get("median").asInt()).isEqualTo(58250);
        assertThat(salary.get("percentile10").asInt()).isEqualTo(34970);
        assertThat(salary.get("percentile90").asInt()).isEqualTo(103380);
        assertThat(occupation.get("educationRequirements").get("credentialCategory").asString())
                .isEqualTo("Associate's degree");
        assertThat(occupation.get("experienceRequirements").asString()).isEqualTo("None");
        assertThat(occupation.get("mainEntityOfPage").get("@id").asString()).isEqualTo(BASE + SEED_PATH);
        assertThat(occupation.get("mainEntityOfPage").get("lastReviewed").asString()).isEqualTo("2023-09-06");
        assertThat(occupation.get("mainEntityOfPage").get("version").asString()).isEqualTo("2022-32");
        JsonNode breadcrumbs = blocks.get(1);
        assertThat(breadcrumbs.get("@type").asString()).isEqualTo("BreadcrumbList");
        assertThat(breadcrumbs.get("itemListElement")).hasSize(4);
        assertThat(breadcrumbs.get("itemListElement").get(3).get("item").asString())
                .isEqualTo(BASE + SEED_PATH + "pay");
    }

    @Test
    void sitemapListsEveryPageAndEveryProfileTab() throws Exception {
        Response response = site.get("/sitemap.xml");
        assertThat(response.header("Content-Type").orElseThrow()).startsWith("application/xml");

        org.w3c.dom.Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
        NodeList urls = xml.getElementsByTagName("url");
        Set<String> locs = new HashSet<>();
        for (int i = 0; i < urls.getLength(); i++) {
            org.w3c.dom.Element url = (org.w3c.dom.Element) urls.item(i);
            String loc = url.getElementsByTagName("loc").item(0).getTextContent();
            locs.add(loc);
            if (loc.startsWith(BASE + SEED_PATH)) {
                assertThat(url.getElementsByTagName("lastmod").item(0).getTextContent()).isEqualTo("2023-09-06");
            }
        }
        assertThat(locs).contains(BASE + "/", BASE + "/occupations", BASE + "/occupation-finder", BASE + "/glossary",
                BASE + "/lists", BASE + "/lists/fastest-growing", BASE + "/lists/most-new-jobs",
                BASE + "/lists/highest-paying", BASE + "/lists/most-openings",
                BASE + "/healthcare/", BASE + "/management/", BASE + "/healthcare/medical-assistants/");
        for (Tab tab : Tab.all()) {
            assertThat(locs).contains(BASE + SEED_PATH + tab.path());
        }
        assertThat(locs).hasSize(5 + 4 + 2 + 5 + 8);
    }

    @Test
    void robotsPointToTheSitemap() throws Exception {
        Response robots = site.get("/robots.txt");

        assertThat(robots.statusCode()).isEqualTo(200);
        assertThat(robots.body()).contains("User-agent: *", "Sitemap: " + BASE + "/sitemap.xml");
    }

    @Test
    void canonicalLinkIgnoresAForgedHostHeader() throws Exception {
        for (String path : List.of("/", "/occupation-finder", SEED_PATH)) {
            Document page = Jsoup.parse(site.getWithForgedHost(path, "evil.example").body());
            assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(BASE + path);
            assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(BASE + path);
        }
    }

    @Test
    void everyPageHasItsOwnTitleAndDescription() throws Exception {
        Set<String> titles = new HashSet<>();
        Set<String> descriptions = new HashSet<>();
        List<String> paths = List.of("/", "/healthcare/", "/management/", "/occupations", "/search",
                "/search?q=medical", "/occupation-finder", "/compare", "/compare?o=" + SEED + "&o=medical-assistants",
                "/glossary", SEED_PATH, SEED_PATH + "pay");
        for (String path : paths) {
            Document page = site.page(path, 200);
            titles.add(page.title());
            descriptions.add(page.select("meta[name=description]").attr("content"));
            assertThat(page.select("meta[property=og:title]").attr("content")).isNotBlank();
        }
        assertThat(titles).hasSize(paths.size());
        assertThat(descriptions).hasSizeGreaterThanOrEqualTo(paths.size() - 2);
    }

    @Test
    void glossaryLinksOfProfilesAndCatalogPagesReachADefinition() throws Exception {
        Set<String> anchors = new HashSet<>(site.page("/glossary", 200).select("[id]").eachAttr("id"));
        for (String path : List.of(SEED_PATH, "/healthcare/medical-assistants/", "/occupation-finder", "/healthcare/",
                "/compare?o=" + SEED + "&o=medical-assistants")) {
            for (String href : site.page(path, 200).select("a[href^=/glossary#]").eachAttr("href")) {
                assertThat(anchors).as(href + " on " + path).contains(href.substring("/glossary#".length()));
            }
        }
        assertThat(site.page(SEED_PATH, 200).select("[data-qa=quick-facts] th a").eachAttr("href"))
                .containsExactly("/glossary#median-pay", "/glossary#entry-level-education",
                        "/glossary#work-experience", "/glossary#on-the-job-training", "/glossary#number-of-jobs",
                        "/glossary#job-outlook-rate", "/glossary#employment-change");
    }

    // Helpers

    private static List<String> compareRow(Document compare, String heading) {
        Element row = compare.select("[data-qa=compare-table] tbody tr:has(th[scope=row])").stream()
                .filter(r -> r.selectFirst("th").text().equals(heading)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + heading));
        return row.select("td").eachText();
    }

    private List<String> finderTitles(String query) throws Exception {
        return site.page("/occupation-finder?" + query, 200).select("[data-qa=finder-results] tbody th").eachText();
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int rowOf(List<List<String>> rows, String slug) {
        for (int i = 1; i < rows.size(); i++) {
            if (rows.get(i).get(0).equals(slug)) {
                return i;
            }
        }
        throw new AssertionError("No row " + slug);
    }

    private static String value(List<List<String>> rows, int row, String column) {
        return rows.get(row).get(rows.get(0).indexOf(column));
    }

    /** RFC 4180: fields separated by commas, rows by CRLF, quoted fields with doubled quotes. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        assertThat(row).as("CSV ends with CRLF").isEmpty();
        assertThat(rows).allSatisfy(r -> assertThat(r).hasSize(rows.get(0).size()));
        return rows;
    }
}
