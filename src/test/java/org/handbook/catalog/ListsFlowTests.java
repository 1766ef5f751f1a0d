package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The lists of occupations and the home page's ways in, on the seed edition: one full profile and four
 * occupations known only by their education and pay (2022-32, wages of May 2022).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "handbook.site.base-url=https://handbook.example")
class ListsFlowTests {

    private static final String SEED = "Health Information Technologists and Medical Registrars";
    private static final String MANAGERS = "Medical and Health Services Managers";
    private static final String ASSISTANTS = "Medical Assistants";
    private static final String RECORDS = "Medical Records Specialists";
    private static final String TRANSCRIPTIONISTS = "Medical Transcriptionists";

    @LocalServerPort
    int port;

    private SiteClient site;

    @BeforeEach
    void client() {
        site = new SiteClient(port);
    }

    @Test
    void indexLinksToEveryList() throws Exception {
        Document index = site.page("/lists", 200);

        assertThat(index.title()).isEqualTo("Occupation lists | Handbook");
        assertThat(index.select("[data-qa=lists] h2 a").eachAttr("href")).containsExactly("/lists/fastest-growing",
                "/lists/most-new-jobs", "/lists/highest-paying", "/lists/most-openings");
        assertThat(index.select("[data-qa=lists] li").get(2).text())
                .contains("The 20 occupations with the highest median annual pay, May 2022.", "First: " + MANAGERS);
    }

    @Test
    void highestPayingRanksByMedianPayWithEducationAndLinks() throws Exception {
        Document list = site.page("/lists/highest-paying", 200);

        assertThat(list.select("h1").text()).isEqualTo("Highest paying occupations");
        assertThat(list.select("link[rel=canonical]").attr("href")).isEqualTo("https://handbook.example/lists/highest-paying");
        assertThat(list.select("[data-qa=list-description]").text())
                .isEqualTo("The 20 occupations with the highest median annual pay, May 2022.");
        assertThat(list.select("[data-qa=list-table] thead th").eachText()).containsExactly("Rank", "Occupation",
                "Entry-level education", "Median pay, May 2022");
        assertThat(rows(list)).containsExactly(
                List.of("1", MANAGERS, "Bachelor's degree", "$104,830"),
                List.of("2", SEED, "Associate's degree", "$58,250"),
                List.of("3", RECORDS, "Postsecondary nondegree award", "$47,180"),
                List.of("4", ASSISTANTS, "Postsecondary nondegree award", "$38,270"),
                List.of("5", TRANSCRIPTIONISTS, "Postsecondary nondegree award", "$34,730"));
        assertThat(list.select("[data-qa=list-table] tbody th a").eachAttr("href")).first()
                .isEqualTo("/management/medical-and-health-services-managers/");
        assertThat(list.select("th[aria-sort]").eachAttr("data-qa")).containsExactly("sort-rank");
        assertThat(list.select("[data-qa=sort-rank]").attr("aria-sort")).isEqualTo("ascending");
    }

    @Test
    void listsOfProjectionsLeaveOutOccupationsWithoutTheFigure() throws Exception {
        for (String list : List.of("fastest-growing", "most-new-jobs", "most-openings")) {
            Document page = site.page("/lists/" + list, 200);
            assertThat(page.select("[data-qa=list-table] tbody th").eachText()).as(list).containsExactly(SEED);
            assertThat(page.select("[data-qa=list-coverage]").text()).as(list)
                    .isEqualTo("Of the 5 occupations in the Handbook, 1 has this figure; those without it are not listed.");
        }
        assertThat(rows(site.page("/lists/fastest-growing", 200)))
                .containsExactly(List.of("1", SEED, "16% Much faster than average", "Associate's degree", "$58,250"));
        assertThat(site.page("/lists/most-new-jobs", 200).select("[data-qa=list-table] thead th").eachText())
                .containsExactly("Rank", "Occupation", "Projected new jobs, 2022-32", "Entry-level education",
                        "Median pay, May 2022");
        assertThat(rows(site.page("/lists/most-openings", 200)).get(0)).contains("3,100");
    }

    @Test
    void everyColumnHeadingSortsTheTableAndASecondClickTurnsItRound() throws Exception {
        Document list = site.page("/lists/highest-paying", 200);
        assertThat(list.select("[data-qa=list-table] thead th a").eachAttr("href")).containsExactly(
                "/lists/highest-paying?sort=rank&order=descending", "/lists/highest-paying?sort=occupation",
                "/lists/highest-paying?sort=education", "/lists/highest-paying?sort=pay");

        Document byTitle = site.page(list.select("[data-qa=sort-occupation] a").attr("href"), 200);
        assertThat(titles(byTitle)).containsExactly(SEED, MANAGERS, ASSISTANTS, RECORDS, TRANSCRIPTIONISTS);
        assertThat(byTitle.select("[data-qa=sort-occupation]").attr("aria-sort")).isEqualTo("ascending");
        assertThat(byTitle.select("th[aria-sort]")).hasSize(1);

        Document byTitleDescending = site.page(byTitle.select("[data-qa=sort-occupation] a").attr("href"), 200);
        assertThat(titles(byTitleDescending)).containsExactly(TRANSCRIPTIONISTS, RECORDS, ASSISTANTS, MANAGERS, SEED);
        assertThat(byTitleDescending.select("[data-qa=sort-occupation]").attr("aria-sort")).isEqualTo("descending");
        assertThat(byTitleDescending.select("[data-qa=sort-occupation] a").attr("href"))
                .isEqualTo("/lists/highest-paying?sort=occupation");

        Document byEducation = site.page("/lists/highest-paying?sort=education", 200);
        assertThat(titles(byEducation)).containsExactly(RECORDS, ASSISTANTS, TRANSCRIPTIONISTS, SEED, MANAGERS);
        assertThat(rows(byEducation).get(0).get(0)).as("the rank stays with the occupation").isEqualTo("3");

        Document payAscending = site.page("/lists/highest-paying?sort=pay&order=ascending", 200);
        assertThat(titles(payAscending)).containsExactly(TRANSCRIPTIONISTS, ASSISTANTS, RECORDS, SEED, MANAGERS);
        assertThat(payAscending.select("[data-qa=sort-pay]").attr("aria-sort")).isEqualTo("ascending");
        assertThat(payAscending.select("[data-qa=list-csv]").attr("href"))
                .isEqualTo("/lists/highest-paying.csv?sort=pay&order=ascending");
    }

    @Test
    void eachListDownloadsAsCsvInTheTablesOrder() throws Exception {
        Response csv = site.get("/lists/highest-paying.csv?sort=occupation");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition").orElseThrow()).contains("highest-paying.csv");
        List<List<String>> rows = CatalogFlowTests.parseCsv(csv.body());
        assertThat(rows.get(0)).containsExactly(OccupationRecord.COLUMNS);
        assertThat(rows.stream().skip(1).map(row -> row.get(1)).toList())
                .containsExactly(SEED, MANAGERS, ASSISTANTS, RECORDS, TRANSCRIPTIONISTS);
        assertThat(rows.get(1).get(List.of(OccupationRecord.COLUMNS).indexOf("median_pay_annual"))).isEqualTo("58250");

        List<List<String>> growing = CatalogFlowTests.parseCsv(site.get("/lists/fastest-growing.csv").body());
        assertThat(growing).hasSize(2);
        assertThat(growing.get(1).get(List.of(OccupationRecord.COLUMNS).indexOf("projected_growth_percent")))
                .isEqualTo("16");
    }

    @Test
    void aSortTheListDoesNotHaveIsRefusedNamingWhatItMayBe() throws Exception {
        Document wrongColumn = site.page("/lists/highest-paying?sort=growth", 400);
        assertThat(wrongColumn.title()).startsWith("Error: Highest paying occupations");
        assertThat(wrongColumn.select("[data-qa=error-summary]").text())
                .contains("Sort by one of this list's columns: rank, occupation, education, pay; the address names another.")
                .doesNotContain("growth");
        assertThat(wrongColumn.select("[data-qa=sort-rank]").attr("aria-sort")).isEqualTo("ascending");

        assertThat(site.page("/lists/fastest-growing?order=upwards", 400).select("[data-qa=error-summary]").text())
                .contains("Choose the order ascending or descending; the address names another.");
        assertThat(site.page("/lists/fastest-growing?sort=pay&sort=rank", 400).select("[data-qa=error-summary]").text())
                .contains("Choose one column to sort by.");

        Response csv = site.get("/lists/most-openings.csv?sort=%3Cscript%3E");
        assertThat(csv.statusCode()).isEqualTo(400);
        assertThat(csv.header("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(csv.body()).contains("sort: Sort by one of this list's columns: rank, occupation, openings, "
                + "education, pay").doesNotContain("<script>");
    }

    @Test
    void unknownListsAreNotFoundAndBlsAddressesMoveToTheLists() throws Exception {
        site.page("/lists/best-jobs", 404);
        assertThat(site.get("/lists/best-jobs.csv").statusCode()).isEqualTo(404);
        for (String list : List.of("fastest-growing", "most-new-jobs", "highest-paying")) {
            Response moved = site.get("/ooh/" + list + ".htm");
            assertThat(moved.statusCode()).as(list).isEqualTo(301);
            assertThat(URI.create(moved.header("Location").orElseThrow()).getPath())
                    .isEqualTo("/lists/" + list);
        }
        assertThat(site.get("/ooh/most-openings.htm").statusCode()).isEqualTo(404);
    }

    @Test
    void homeLinksToTheListsAndIntoTheFinderByEducationAndPayWithCounts() throws Exception {
        Document home = site.page("/", 200);

        assertThat(home.select("[data-qa=home-lists] a").eachAttr("href")).containsExactly("/lists/fastest-growing",
                "/lists/most-new-jobs", "/lists/highest-paying", "/lists/most-openings");
        assertThat(home.select("[data-qa=by-education] li").eachText()).containsExactly(
                "Postsecondary nondegree award (3 occupations)", "Associate's degree (1 occupation)",
                "Bachelor's degree (1 occupation)");
        assertThat(home.select("[data-qa=by-pay] li").eachText()).containsExactly(
                "$30,000 to $39,999 (2 occupations)", "$40,000 to $59,999 (2 occupations)",
                "$100,000 or more (1 occupation)");
        assertThat(home.select("#by-pay-heading").text()).isEqualTo("By median pay, May 2022");
        for (Element link : home.select("[data-qa=by-education] a, [data-qa=by-pay] a")) {
            String count = link.parent().select(".catalog-count").text().replaceAll("\\D", "");
            Document finder = site.page(link.attr("href"), 200);
            assertThat(finder.select("[data-qa=finder-results] tbody tr")).as(link.attr("href"))
                    .hasSize(Integer.parseInt(count));
        }
    }

    private static List<List<String>> rows(Document list) {
        return list.select("[data-qa=list-table] tbody tr").stream()
                .map(row -> row.children().eachText()).toList();
    }

    private static List<String> titles(Document list) {
        return list.select("[data-qa=list-table] tbody th").eachText();
    }
}
