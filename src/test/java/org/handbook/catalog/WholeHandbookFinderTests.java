package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.WorkExperience;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.BundledHandbook;
import org.handbook.support.BundledHandbook.Profile;
import org.handbook.support.SiteClient;
import org.handbook.system.Labelled;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.web.util.UriComponentsBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Occupation Finder and compare at the whole Handbook's size: the group filter, the counts beside
 * the filters' choices, sorting by every column both ways, and four occupations compared on one scale.
 */
class WholeHandbookFinderTests extends BundledEditionTest {

    private static final Pattern FIRST_NUMBER = Pattern.compile("-?[\\d,]+");
    private static final Pattern COUNT = Pattern.compile("\\(([\\d,]+) occupations?\\)");

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theGroupFilterListsExactlyEachGroupsProfiles() {
        SiteClient site = site();
        Map<String, Set<String>> byGroup = BundledHandbook.profiles().stream().collect(Collectors.groupingBy(
                Profile::group, LinkedHashMap::new, Collectors.mapping(Profile::path, Collectors.toSet())));
        Document all = site.page("/occupation-finder");
        List<String> groupChoices = all.select("input[name=group]").eachAttr("value");

        assertThat(resultPaths(all)).hasSize(BundledHandbook.PROFILES);
        assertThat(groupChoices).containsAll(byGroup.keySet());
        for (Map.Entry<String, Set<String>> group : byGroup.entrySet()) {
            Document page = site.page("/occupation-finder?group=" + group.getKey());
            assertThat(resultPaths(page)).as(group.getKey()).containsExactlyInAnyOrderElementsOf(group.getValue());
            assertThat(page.select("#group-" + group.getKey()).hasAttr("checked")).isTrue();
        }
        Document two = site.page("/occupation-finder?group=healthcare&group=management&education=doctoral");
        assertThat(resultPaths(two)).isNotEmpty()
                .allMatch(path -> path.startsWith("/healthcare/") || path.startsWith("/management/"));
        assertThat(site.get("/occupation-finder?group=nowhere").statusCode()).isEqualTo(400);
        assertThat(site.get("/api/v1/occupations?group=nowhere").statusCode()).isEqualTo(400);
    }

    @Test
    void eachShownCountIsWhatFollowingItsChoiceLists() {
        SiteClient site = site();
        String path = "/occupation-finder?group=healthcare&group=computer-and-information-technology"
                + "&education=bachelor&growth=faster&growth=much-faster&sort=pay";
        Document page = site.page(path);
        List<String> misses = new ArrayList<>();
        int checked = 0;
        for (Element input : page.select("fieldset input[type=checkbox]")) {
            String label = page.select("label[for=" + input.id() + "]").text();
            Matcher count = COUNT.matcher(label);
            assertThat(count.find()).as(label).isTrue();
            // that choice alone in its filter, every other filter as it is
            String link = UriComponentsBuilder.fromUriString(path)
                    .replaceQueryParam(input.attr("name"), input.val()).build().toUriString();
            Document followed = site.page(link);
            int shown = Integer.parseInt(count.group(1).replace(",", ""));
            int listed = resultPaths(followed).size();
            if (shown != listed || listed != resultCount(followed)) {
                misses.add(label + ": shows " + shown + ", " + link + " lists " + listed);
            }
            checked++;
        }

        assertThat(checked).isGreaterThan(40);
        assertThat(misses).withFailMessage(() -> String.join("\n", misses)).isEmpty();
        // with no filter, the groups' counts add up to the whole Handbook
        Document all = site.page("/occupation-finder");
        int sum = all.select("input[name=group]").stream()
                .map(input -> all.select("label[for=" + input.id() + "]").text())
                .mapToInt(text -> {
                    Matcher count = COUNT.matcher(text);
                    return count.find() ? Integer.parseInt(count.group(1).replace(",", "")) : 0;
                }).sum();
        assertThat(sum).isEqualTo(resultCount(all)).isEqualTo(BundledHandbook.PROFILES);
    }

    @Test
    void everyColumnSortsBothWaysByItsHeaderWithMissingFiguresLast() {
        SiteClient site = site();
        Document start = site.page("/occupation-finder");
        List<String> columns = List.of("title", "education", "experience", "training", "growth", "jobs", "pay");
        for (String column : columns) {
            String first = start.select("[data-qa=sort-" + column + "] a").attr("href");
            Document once = site.page(first);
            String direction = once.select("[data-qa=sort-" + column + "]").attr("aria-sort");
            assertOrdered(once, columns.indexOf(column), column, direction);
            assertThat(once.select("th[aria-sort]")).as(first).hasSize(1);

            String second = once.select("[data-qa=sort-" + column + "] a").attr("href");
            Document twice = site.page(second);
            String reverse = twice.select("[data-qa=sort-" + column + "]").attr("aria-sort");
            assertThat(Set.of(direction, reverse)).as(column).containsExactlyInAnyOrder("ascending", "descending");
            assertOrdered(twice, columns.indexOf(column), column, reverse);
            String query = URI.create(second).getRawQuery();
            assertThat(twice.select("[data-qa=finder-csv]").attr("href"))
                    .isEqualTo("/occupation-finder.csv" + (query == null ? "" : "?" + query));
        }
        // the finder's old orders still work, as they always did
        assertOrdered(site.page("/occupation-finder?sort=pay"), 6, "pay", "descending");
        assertOrdered(site.page("/occupation-finder?sort=growth"), 4, "growth", "descending");
        assertOrdered(site.page("/occupation-finder?sort=jobs"), 5, "jobs", "descending");
    }

    @Test
    void fourOccupationsCompareOnOneScale() {
        SiteClient site = site();
        List<String> slugs = new ArrayList<>(new LinkedHashSet<>(List.of(
                firstSlug("sort=pay"), firstSlug("sort=growth-asc"), firstSlug("sort=growth"),
                firstSlug("sort=pay-asc"))));
        assertThat(slugs).hasSize(4);
        Document compare = site.page("/compare?" + slugs.stream().map(s -> "o=" + s).collect(Collectors.joining("&")));

        assertThat(compare.select("[data-qa=compare-table] thead th a")).hasSize(4);
        assertThat(compare.select("[data-qa=compare-add]")).isEmpty();

        Element pay = compare.selectFirst("[data-qa=compare-pay-chart]");
        List<Element> bars = pay.select("svg g");
        List<Element> payRows = pay.select("[data-qa=compare-pay-data] tbody tr");
        assertThat(bars).hasSize(4);
        List<double[]> payBars = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            payBars.add(new double[] {number(payRows.get(i).select("td").get(0).text()),
                    Double.parseDouble(bars.get(i).select("rect.chart-bar").attr("width"))});
        }
        assertOneScale(payBars);
        // the top-coded pay is drawn to its ceiling, with BLS's words in the chart and in its table
        assertThat(payRows.get(0).text()).contains("This wage is equal to or greater than $");
        assertThat(bars.get(0).select("text.chart-note").text()).startsWith("This wage is equal to or greater than $");

        Element outlook = compare.selectFirst("[data-qa=compare-outlook-chart]");
        double zero = Double.parseDouble(outlook.select("line.chart-axis").attr("x1"));
        List<Element> outlookBars = outlook.select("svg g");
        List<Element> outlookRows = outlook.select("[data-qa=compare-outlook-data] tbody tr");
        List<double[]> outlookWidths = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            double percent = number(outlookRows.get(i).select("td").get(0).text());
            Element bar = outlookBars.get(i).selectFirst("rect.chart-bar");
            if (percent == 0) {
                continue;
            }
            double x = Double.parseDouble(bar.attr("x"));
            double width = Double.parseDouble(bar.attr("width"));
            if (percent < 0) {
                assertThat(x + width).as("a decline ends at the zero line").isEqualTo(zero);
            } else {
                assertThat(x).as("growth starts at the zero line").isEqualTo(zero);
            }
            outlookWidths.add(new double[] {Math.abs(percent), width});
        }
        assertThat(number(outlookRows.get(1).select("td").get(0).text())).isNegative();
        assertOneScale(outlookWidths);
    }

    /** Each bar (figure, width) is as long as its figure on the scale of the largest one, give or take rounding. */
    private static void assertOneScale(List<double[]> bars) {
        double[] largest = bars.stream().max(Comparator.comparingDouble(bar -> bar[0])).orElseThrow();
        double unitsPerFigure = largest[1] / largest[0];
        assertThat(bars).allSatisfy(bar -> assertThat(bar[1]).as("bar of %s", bar[0])
                .isCloseTo(Math.max(2, bar[0] * unitsPerFigure), within(1.0)));
    }

    private String firstSlug(String query) {
        JsonNode answer = json.readTree(site().get("/api/v1/occupations?limit=1&" + query).body());
        return answer.get("items").get(0).get("slug").asString();
    }

    /** Checks the result's rows are in order by the column: ranked values first, then BLS's words, then none. */
    private static void assertOrdered(Document page, int column, String name, String direction) {
        boolean ascending = direction.equals("ascending");
        List<Element> rows = page.select("[data-qa=finder-results] tbody tr");
        assertThat(rows).as(name + " " + direction).hasSize(BundledHandbook.PROFILES);
        List<String> cells = rows.stream().map(row -> row.child(column + 1).text()).toList();
        if (name.equals("title")) {
            Comparator<String> order = String.CASE_INSENSITIVE_ORDER;
            assertThat(cells).as("titles " + direction).isSortedAccordingTo(ascending ? order : order.reversed());
            return;
        }
        List<Integer> tiers = cells.stream().map(cell -> tier(name, cell)).toList();
        assertThat(tiers).as(name + " " + direction + ": ranked, then BLS's words, then none").isSorted();
        List<Double> ranked = cells.stream().filter(cell -> tier(name, cell) == 0).map(cell -> rank(name, cell)).toList();
        assertThat(ranked).as(name + " " + direction).isNotEmpty()
                .isSortedAccordingTo(ascending ? Comparator.naturalOrder() : Comparator.reverseOrder());
    }

    private static int tier(String column, String cell) {
        if (cell.equals("See How to Become One")) {
            return 1;
        }
        return rankOrNull(column, cell) == null ? 2 : 0;
    }

    private static double rank(String column, String cell) {
        return rankOrNull(column, cell);
    }

    private static Double rankOrNull(String column, String cell) {
        return switch (column) {
            case "education" -> ordinal(EducationLevel.values(), cell);
            case "experience" -> ordinal(WorkExperience.values(), cell);
            case "training" -> ordinal(OnTheJobTraining.values(), cell);
            default -> cell.contains("not available") || cell.equals("Not available") ? null : number(cell);
        };
    }

    private static Double ordinal(Labelled[] values, String cell) {
        List<String> labels = Arrays.stream(values).map(Labelled::label).toList();
        int index = labels.indexOf(cell);
        return index < 0 || cell.equals("See How to Become One") ? null : (double) index;
    }

    private static double number(String text) {
        Matcher number = FIRST_NUMBER.matcher(text.replace("$", ""));
        assertThat(number.find()).as(text).isTrue();
        return Double.parseDouble(number.group().replace(",", ""));
    }

    private static List<String> resultPaths(Document page) {
        return page.select("[data-qa=finder-results] tbody th a").eachAttr("href");
    }

    private static int resultCount(Document page) {
        return Integer.parseInt(page.select("[data-qa=result-count]").text().split(" ")[0].replace(",", ""));
    }
}
