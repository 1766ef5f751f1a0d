package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handbook.catalog.CatalogFixtures.entry;
import static org.handbook.catalog.CatalogFixtures.loaded;

import java.util.List;
import java.util.Map;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.WorkExperience;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

class FinderQueryTests {

    private final CatalogEntry nurse = loaded("nurses", "Registered Nurses", EducationLevel.BACHELOR,
            WorkExperience.NONE, OnTheJobTraining.NONE, 81220, 6, OutlookDescriptor.FASTER, 177400);
    private final CatalogEntry electrician = loaded("electricians", "Electricians", EducationLevel.HIGH_SCHOOL,
            WorkExperience.NONE, OnTheJobTraining.APPRENTICESHIP, 60240, 6, OutlookDescriptor.FASTER, 42500);
    private final CatalogEntry typist = loaded("typists", "Word Processors and Typists", EducationLevel.HIGH_SCHOOL,
            WorkExperience.LESS_THAN_5_YEARS, OnTheJobTraining.SHORT_TERM, 45000, -36,
            OutlookDescriptor.DECLINE, -11000);
    private final CatalogEntry partial = entry("assistants", "Medical Assistants", null, "Assist.");

    @Test
    void anEmptyQueryLetsEverythingThroughByTitle() {
        FinderQuery.Parsed parsed = parse(Map.of());

        assertThat(parsed.valid()).isTrue();
        assertThat(parsed.query()).isEqualTo(FinderQuery.ALL);
        assertThat(find(parsed.query())).containsExactly("electricians", "assistants", "nurses", "typists");
    }

    @Test
    void educationFilterAcceptsSeveralValues() {
        assertThat(find(parse(Map.of("education", List.of("high-school"))).query()))
                .containsExactly("electricians", "typists");
        assertThat(find(parse(Map.of("education", List.of("bachelor", "HIGH_SCHOOL"))).query()))
                .containsExactly("electricians", "nurses", "typists");
    }

    @Test
    void experienceTrainingGrowthJobsAndPayFilters() {
        assertThat(find(parse(Map.of("experience", List.of("less-than-5-years"))).query())).containsExactly("typists");
        assertThat(find(parse(Map.of("training", List.of("apprenticeship"))).query())).containsExactly("electricians");
        assertThat(find(parse(Map.of("growth", List.of("decline"))).query())).containsExactly("typists");
        assertThat(find(parse(Map.of("jobs", List.of("from-10000-to-49999"))).query()))
                .containsExactly("electricians");
        assertThat(find(parse(Map.of("jobs", List.of("decline", "from-50000"))).query()))
                .containsExactly("nurses", "typists");
        assertThat(find(parse(Map.of("pay", List.of("from-80000-to-99999"))).query())).containsExactly("nurses");
        assertThat(find(parse(Map.of("pay", List.of("from-40000-to-59999"))).query())).containsExactly("typists");
    }

    @Test
    void filtersCombineAndMissingFiguresDoNotPass() {
        assertThat(find(parse(Map.of("education", List.of("high-school"), "growth", List.of("faster"))).query()))
                .containsExactly("electricians");
        assertThat(find(parse(Map.of("pay", List.of("under-30000", "from-30000-to-39999", "from-40000-to-59999",
                "from-60000-to-79999", "from-80000-to-99999", "from-100000"))).query()))
                .doesNotContain("assistants");
    }

    @Test
    void sortsByFigureHighestFirstWithMissingFiguresLast() {
        assertThat(find(parse(Map.of("sort", List.of("pay"))).query()))
                .containsExactly("nurses", "electricians", "typists", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("growth"))).query()))
                .containsExactly("electricians", "nurses", "typists", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("jobs"))).query()))
                .containsExactly("nurses", "electricians", "typists", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("title"))).query()))
                .containsExactly("electricians", "assistants", "nurses", "typists");
    }

    @Test
    void everyInvalidValueIsReportedByItsParameter() {
        FinderQuery.Parsed parsed = parse(Map.of(
                "education", List.of("phd", "bachelor"),
                "experience", List.of("lots"),
                "training", List.of("x"),
                "growth", List.of("huge"),
                "jobs", List.of("1000"),
                "pay", List.of("rich", "richer"),
                "sort", List.of("salary")));

        assertThat(parsed.valid()).isFalse();
        assertThat(parsed.errors()).containsOnlyKeys("education", "experience", "training", "growth", "jobs", "pay",
                "sort");
        assertThat(parsed.errors().get("education")).contains("entry-level education").contains("\u201cphd\u201d")
                .doesNotContain("bachelor");
        assertThat(parsed.errors().get("pay")).contains("\u201crich\u201d, \u201cricher\u201d are not");
        assertThat(parsed.errors().get("sort")).contains("\u201csalary\u201d");
        assertThat(parsed.query().education()).containsExactly(EducationLevel.BACHELOR);
    }

    @Test
    void twoSortsAreAnErrorAndEmptyValuesMeanAny() {
        assertThat(parse(Map.of("sort", List.of("pay", "title"))).errors()).containsKey("sort");
        FinderQuery.Parsed blank = parse(Map.of("education", List.of(""), "sort", List.of(" ")));
        assertThat(blank.valid()).isTrue();
        assertThat(blank.query()).isEqualTo(FinderQuery.ALL);
    }

    @Test
    void longInvalidValuesAreShortenedInTheMessage() {
        String message = parse(Map.of("pay", List.of("x".repeat(500)))).errors().get("pay");

        assertThat(message).contains("x".repeat(40) + "\u2026").doesNotContain("x".repeat(41));
    }

    @Test
    void queryStringRoundTrips() {
        FinderQuery query = parse(Map.of("education", List.of("bachelor", "associate"), "pay",
                List.of("from-100000"), "sort", List.of("pay"))).query();

        String queryString = query.queryString();
        LinkedMultiValueMap<String, String> again = new LinkedMultiValueMap<>(
                UriComponentsBuilder.fromUriString("/x?" + queryString).build().getQueryParams());

        assertThat(queryString).isEqualTo("education=associate&education=bachelor&pay=from-100000&sort=pay");
        assertThat(FinderQuery.parse(again).query()).isEqualTo(query);
        assertThat(FinderQuery.ALL.queryString()).isEmpty();
    }

    @Test
    void filtersDescribeTheFormWithTheChosenValuesChecked() {
        FinderQuery query = parse(Map.of("training", List.of("internship-residency"))).query();

        FinderQuery.Filter training = query.filters().stream().filter(f -> f.name().equals("training"))
                .findFirst().orElseThrow();
        assertThat(query.filters()).extracting(FinderQuery.Filter::name)
                .containsExactly("education", "experience", "training", "growth", "jobs", "pay");
        assertThat(training.options()).filteredOn(FinderQuery.Option::selected)
                .extracting(FinderQuery.Option::label).containsExactly("Internship/residency");
    }

    private static FinderQuery.Parsed parse(Map<String, List<String>> parameters) {
        return FinderQuery.parse(parameters);
    }

    private List<String> find(FinderQuery query) {
        return List.of(nurse, electrician, typist, partial).stream().filter(query::test)
                .sorted(query.sort().comparator()).map(CatalogEntry::slug).toList();
    }
}
