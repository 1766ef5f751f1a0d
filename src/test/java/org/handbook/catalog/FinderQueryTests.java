package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handbook.catalog.CatalogFixtures.entry;
import static org.handbook.catalog.CatalogFixtures.inGroup;
import static org.handbook.catalog.CatalogFixtures.loaded;
import static org.handbook.catalog.CatalogFixtures.topCoded;

import java.util.List;
import java.util.Map;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.WorkExperience;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

class FinderQueryTests {

    private static final GroupRef CONSTRUCTION = new GroupRef("construction-and-extraction", "Construction and Extraction");
    private static final List<GroupRef> GROUPS = List.of(CatalogFixtures.HEALTHCARE, CONSTRUCTION);

    private final CatalogEntry nurse = loaded("nurses", "Registered Nurses", EducationLevel.BACHELOR,
            WorkExperience.NONE, OnTheJobTraining.NONE, 81220, 6, OutlookDescriptor.FASTER, 177400);
    private final CatalogEntry electrician = inGroup(loaded("electricians", "Electricians", EducationLevel.HIGH_SCHOOL,
            WorkExperience.NONE, OnTheJobTraining.APPRENTICESHIP, 60240, 6, OutlookDescriptor.FASTER, 42500),
            CONSTRUCTION);
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
        assertThat(parse(again).query()).isEqualTo(query);
        assertThat(FinderQuery.ALL.queryString()).isEmpty();
    }

    @Test
    void filtersDescribeTheFormWithTheChosenValuesChecked() {
        FinderQuery query = parse(Map.of("training", List.of("internship-residency"))).query();

        FinderQuery.Filter training = query.filters(GROUPS).stream().filter(f -> f.name().equals("training"))
                .findFirst().orElseThrow();
        assertThat(query.filters(GROUPS)).extracting(FinderQuery.Filter::name)
                .containsExactly("group", "education", "experience", "training", "growth", "jobs", "pay");
        assertThat(training.options()).filteredOn(FinderQuery.Option::selected)
                .extracting(FinderQuery.Option::label).containsExactly("Internship/residency");
    }

    @Test
    void groupFilterTakesGroupSlugsAndRefusesOthers() {
        assertThat(find(parse(Map.of("group", List.of("construction-and-extraction"))).query()))
                .containsExactly("electricians");
        assertThat(find(parse(Map.of("group", List.of("Healthcare"), "education", List.of("high-school"))).query()))
                .containsExactly("typists");

        FinderQuery.Parsed unknown = parse(Map.of("group", List.of("pirates", "healthcare")));
        assertThat(unknown.errors()).containsOnlyKeys("group");
        assertThat(unknown.errors().get("group")).isEqualTo(
                "Choose occupation group from the list; \u201cpirates\u201d is not one of its choices.");
        assertThat(unknown.query().groups()).containsExactly("healthcare");
    }

    @Test
    void groupFilterIsFirstInTheFormWithTheGroupsTitles() {
        FinderQuery.Filter group = parse(Map.of("group", List.of("healthcare"))).query().filters(GROUPS).get(0);

        assertThat(group.options()).extracting(FinderQuery.Option::label)
                .containsExactly("Healthcare", "Construction and Extraction");
        assertThat(group.options()).filteredOn(FinderQuery.Option::selected).extracting(FinderQuery.Option::code)
                .containsExactly("healthcare");
    }

    @Test
    void everyColumnSortsBothWaysWithMissingFiguresLastEitherWay() {
        assertThat(find(parse(Map.of("sort", List.of("title-desc"))).query()))
                .containsExactly("typists", "nurses", "assistants", "electricians");
        assertThat(find(parse(Map.of("sort", List.of("pay-asc"))).query()))
                .containsExactly("typists", "electricians", "nurses", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("growth-asc"))).query()))
                .containsExactly("typists", "electricians", "nurses", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("jobs-asc"))).query()))
                .containsExactly("typists", "electricians", "nurses", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("education"))).query()))
                .containsExactly("electricians", "typists", "nurses", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("education-desc"))).query()))
                .containsExactly("nurses", "electricians", "typists", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("experience-desc"))).query()))
                .containsExactly("typists", "electricians", "nurses", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("training"))).query()))
                .containsExactly("nurses", "typists", "electricians", "assistants");
        assertThat(find(parse(Map.of("sort", List.of("training-desc"))).query()))
                .containsExactly("electricians", "typists", "nurses", "assistants");
    }

    @Test
    void everySortHasItsReverse() {
        for (FinderSort sort : FinderSort.values()) {
            assertThat(sort.reversed().column()).isEqualTo(sort.column());
            assertThat(sort.reversed().ascending()).isNotEqualTo(sort.ascending());
            assertThat(sort.reversed().reversed()).isEqualTo(sort);
        }
        assertThat(FinderSort.PAY.label()).isEqualTo("Median pay (highest first)");
        assertThat(FinderSort.of(FinderSort.Column.PAY)).isEqualTo(FinderSort.PAY);
    }

    @Test
    void seeHowToBecomeOneIsAValueOfItsOwnRankedAfterTheCategories() {
        CatalogEntry surgeon = loaded("surgeons", "Surgeons", EducationLevel.DOCTORAL,
                WorkExperience.SEE_HOW_TO_BECOME_ONE, OnTheJobTraining.SEE_HOW_TO_BECOME_ONE, 239200, 3,
                OutlookDescriptor.AVERAGE, 1000);
        List<CatalogEntry> all = List.of(nurse, electrician, typist, partial, surgeon);

        assertThat(find(all, parse(Map.of("experience", List.of("none"))).query()))
                .containsExactly("electricians", "nurses");
        assertThat(find(all, parse(Map.of("experience", List.of("see-how-to-become-one"))).query()))
                .containsExactly("surgeons");
        assertThat(find(all, parse(Map.of("sort", List.of("experience"))).query()))
                .containsExactly("electricians", "nurses", "typists", "surgeons", "assistants");
        assertThat(find(all, parse(Map.of("sort", List.of("experience-desc"))).query()))
                .containsExactly("typists", "electricians", "nurses", "surgeons", "assistants");
    }

    @Test
    void aTopCodedPayRanksAndFiltersAsItsCeiling() {
        CatalogEntry surgeon = topCoded(loaded("surgeons", "Surgeons", EducationLevel.DOCTORAL, WorkExperience.NONE,
                OnTheJobTraining.INTERNSHIP_RESIDENCY, 1, 3, OutlookDescriptor.AVERAGE, 1000),
                "This wage is equal to or greater than $239,200 per year.");
        List<CatalogEntry> all = List.of(nurse, electrician, typist, partial, surgeon);

        assertThat(surgeon.quickFacts().medianPayAnnualAtLeast()).isEqualTo(239200);
        assertThat(surgeon.quickFacts().medianPayTopCoded()).isTrue();
        assertThat(find(all, parse(Map.of("sort", List.of("pay"))).query()).get(0)).isEqualTo("surgeons");
        assertThat(find(all, parse(Map.of("sort", List.of("pay-asc"))).query()))
                .containsExactly("typists", "electricians", "nurses", "surgeons", "assistants");
        assertThat(find(all, parse(Map.of("pay", List.of("from-100000"))).query())).containsExactly("surgeons");
    }

    @Test
    void choosingNarrowsOneFilterToOneValueAndKeepsTheOthers() {
        FinderQuery query = parse(Map.of("education", List.of("bachelor", "high-school"), "growth",
                List.of("faster"), "sort", List.of("pay"))).query();

        FinderQuery chosen = query.choosing("education", "high-school");

        assertThat(chosen.education()).containsExactly(EducationLevel.HIGH_SCHOOL);
        assertThat(chosen.growth()).containsExactly(OutlookDescriptor.FASTER);
        assertThat(chosen.sort()).isEqualTo(FinderSort.PAY);
        assertThat(find(chosen)).containsExactly("electricians");
        assertThat(query.choosing("group", "construction-and-extraction").queryString()).isEqualTo(
                "group=construction-and-extraction&education=high-school&education=bachelor&growth=faster&sort=pay");
    }

    private static FinderQuery.Parsed parse(Map<String, List<String>> parameters) {
        return FinderQuery.parse(parameters, GROUPS.stream().map(GroupRef::slug).toList());
    }

    private List<String> find(FinderQuery query) {
        return find(List.of(nurse, electrician, typist, partial), query);
    }

    private static List<String> find(List<CatalogEntry> entries, FinderQuery query) {
        return entries.stream().filter(query::test).sorted(query.sort().comparator()).map(CatalogEntry::slug).toList();
    }
}
