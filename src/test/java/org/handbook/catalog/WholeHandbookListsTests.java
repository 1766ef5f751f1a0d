package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.BundledHandbook;
import org.handbook.support.BundledHandbook.Profile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lists of the whole bundled Handbook against the figures of BLS's own file: each list's
 * occupations, order and ranks are worked out here from the 2024-34 XML (its quick facts; openings a
 * year from the outlook's prose, the only place BLS gives them), and compared with the pages.
 */
class WholeHandbookListsTests extends BundledEditionTest {

    private static final Pattern CEILING = Pattern.compile("\\$([\\d,]+)");
    private static final Pattern OPENINGS = Pattern.compile("(?i)about ([\\d,]+) openings for");
    private static final String PHYSICIANS_PAY = "This wage is equal to or greater than $239,200 per year.";

    @Autowired
    JsonMapper json;

    /** An occupation and its figure, as the test reads them from BLS's data. */
    record Expected(String path, String title, int figure) {
    }

    @Test
    void fastestGrowingAreTheTopTwentyByProjectedPercentChange() {
        assertListMatches("fastest-growing", figures(profile -> whole(profile, "qf_employment_outlook/value")));
    }

    @Test
    void mostNewJobsAreTheTopTwentyByProjectedNumericChange() {
        assertListMatches("most-new-jobs", figures(profile -> whole(profile, "qf_employment_openings/value")));
    }

    @Test
    void highestPayingAreTheTopTwentyByMedianPayWithTopCodedPayAtItsCeiling() {
        List<Expected> expected = figures(WholeHandbookListsTests::payOrCeiling);
        assertListMatches("highest-paying", expected);

        Document page = site().page("/lists/highest-paying");
        assertThat(page.select("[data-qa=list-table] thead th").eachText())
                .containsExactly("Rank", "Occupation", "Entry-level education", "Median pay, May 2024");
        List<String> physicians = page.select("[data-qa=list-table] tbody tr").first().children().eachText();
        assertThat(physicians).containsExactly("1", "Physicians and Surgeons", "Doctoral or professional degree",
                PHYSICIANS_PAY);
    }

    @Test
    void mostOpeningsAreTheTopTwentyByOpeningsPerYear() {
        List<Expected> expected = figures(WholeHandbookListsTests::openingsInProse);
        long withOutlook = BundledHandbook.profiles().stream()
                .filter(profile -> whole(profile, "qf_employment_outlook/value").isPresent()).count();
        assertThat(expected).as("every profile with an outlook tells its openings a year").hasSize((int) withOutlook);

        assertListMatches("most-openings", expected);
    }

    @Test
    void sortingReordersTheSameTwentyByTheColumnChosen() {
        Document byRank = site().page("/lists/fastest-growing");
        Document byPay = site().page("/lists/fastest-growing?sort=pay");
        Document byTitle = site().page("/lists/fastest-growing?sort=occupation&order=descending");

        assertThat(paths(byPay)).containsExactlyInAnyOrderElementsOf(paths(byRank));
        assertThat(byPay.select("[data-qa=sort-pay]").attr("aria-sort")).isEqualTo("descending");
        List<Integer> pays = byPay.select("[data-qa=list-table] tbody td:last-child").eachText().stream()
                .filter(text -> text.startsWith("$")).map(text -> Integer.valueOf(text.replaceAll("\\D", ""))).toList();
        assertThat(pays).isSortedAccordingTo(Comparator.reverseOrder());
        List<String> titles = byTitle.select("[data-qa=list-table] tbody th").eachText();
        assertThat(titles).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
        assertThat(site().get("/lists/fastest-growing?sort=salary").statusCode()).isEqualTo(400);
    }

    @Test
    void theCsvHoldsTheListInItsOrderWithBlsWordsForTopCodedPay() {
        List<List<String>> rows = CatalogFlowTests.parseCsv(site().get("/lists/highest-paying.csv").body());
        List<String> columns = List.of(OccupationRecord.COLUMNS);

        assertThat(rows).hasSize(21);
        assertThat(rows.stream().skip(1).map(row -> URI.create(row.get(columns.indexOf("url"))).getPath()).toList())
                .containsExactlyElementsOf(paths(site().page("/lists/highest-paying")));
        assertThat(rows.get(1).get(columns.indexOf("title"))).isEqualTo("Physicians and Surgeons");
        assertThat(rows.get(1).get(columns.indexOf("median_pay_annual"))).isEmpty();
        assertThat(rows.get(1).get(columns.indexOf("median_pay_annual_note"))).isEqualTo(PHYSICIANS_PAY);
    }

    @Test
    void homeCountsEachWayInAsTheFinderDoes() {
        Document home = site().page("/");
        int byEducation = 0;
        for (Element item : home.select("[data-qa=by-education] li")) {
            int count = Integer.parseInt(item.select(".catalog-count").text().replaceAll("\\D", ""));
            Document finder = site().page(item.select("a").attr("href"));
            assertThat(finder.select("[data-qa=finder-results] tbody tr")).as(item.text()).hasSize(count);
            byEducation += count;
        }
        int withEducation = 0;
        for (JsonNode occupation : download()) {
            JsonNode education = occupation.get("entryLevelEducation");
            withEducation += education == null || education.isNull() ? 0 : 1;
        }
        assertThat(byEducation).as("occupations with an entry-level education").isEqualTo(withEducation);
        for (Element item : home.select("[data-qa=by-pay] li")) {
            int count = Integer.parseInt(item.select(".catalog-count").text().replaceAll("\\D", ""));
            assertThat(site().page(item.select("a").attr("href")).select("[data-qa=finder-results] tbody tr"))
                    .as(item.text()).hasSize(count);
        }
    }

    private void assertListMatches(String list, List<Expected> withFigure) {
        List<Expected> top = withFigure.stream()
                .sorted(Comparator.comparingInt(Expected::figure).reversed()
                        .thenComparing(Expected::title, String.CASE_INSENSITIVE_ORDER).thenComparing(Expected::path))
                .limit(ListsService.SIZE).toList();
        List<String> ranks = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            boolean tied = i > 0 && top.get(i).figure() == top.get(i - 1).figure();
            ranks.add(tied ? ranks.get(i - 1) : String.valueOf(i + 1));
        }
        Document page = site().page("/lists/" + list);

        assertThat(top).hasSize(ListsService.SIZE);
        assertThat(paths(page)).as(list).containsExactlyElementsOf(top.stream().map(Expected::path).toList());
        assertThat(page.select("[data-qa=list-table] tbody td:first-child").eachText()).as(list + " ranks")
                .containsExactlyElementsOf(ranks);
        assertThat(page.select("[data-qa=list-coverage]").text()).as(list)
                .startsWith("Of the " + download().size() + " occupations in the Handbook, " + withFigure.size()
                        + " have this figure");
    }

    /** Every occupation of the JSON download. */
    private JsonNode download() {
        return json.readTree(site().get("/data/occupations.json").body()).get("occupations");
    }

    private static List<Expected> figures(Function<Profile, Optional<Integer>> figure) {
        List<Expected> expected = new ArrayList<>();
        for (Profile profile : BundledHandbook.profiles()) {
            figure.apply(profile).ifPresent(value -> expected.add(new Expected(profile.path(), profile.title(), value)));
        }
        return expected;
    }

    private static Optional<Integer> whole(Profile profile, String quickFact) {
        return profile.node().textAt("quick_facts/" + quickFact).map(Integer::valueOf);
    }

    /** BLS's median annual pay, or the ceiling its note names when the pay is top-coded. */
    private static Optional<Integer> payOrCeiling(Profile profile) {
        return whole(profile, "qf_median_pay_annual/value")
                .or(() -> profile.node().textAt("quick_facts/qf_median_pay_annual/note").map(CEILING::matcher)
                        .filter(Matcher::find).map(m -> Integer.valueOf(m.group(1).replace(",", ""))));
    }

    /** BLS gives the openings a year only in the outlook's prose: "... about 542,600 openings for cashiers ...". */
    private static Optional<Integer> openingsInProse(Profile profile) {
        return profile.html("summary_outlook").map(html -> Jsoup.parse(html).text()).map(OPENINGS::matcher)
                .filter(Matcher::find).map(m -> Integer.valueOf(m.group(1).replace(",", "")));
    }

    private static List<String> paths(Document page) {
        return page.select("[data-qa=list-table] tbody th a").eachAttr("href");
    }
}
