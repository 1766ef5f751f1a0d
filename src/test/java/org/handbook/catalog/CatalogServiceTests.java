package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.Map;
import org.handbook.system.Figures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The catalog's snapshot read from the seeded database (rolled back after each test). */
@DataJpaTest
@Import({CatalogService.class, Figures.class})
class CatalogServiceTests {

    @Autowired
    CatalogService catalog;

    @Autowired
    JdbcTemplate jdbc;

    /** The snapshot outlives each test's rollback; drop it so no test sees another's rows. */
    @AfterEach
    void forgetSnapshot() {
        catalog.dataChanged();
    }

    @Test
    void readsEveryOccupationByTitleWithItsGroup() {
        List<CatalogEntry> all = catalog.all();

        assertThat(all).extracting(CatalogEntry::title).containsExactly(
                "Health Information Technologists and Medical Registrars", "Medical and Health Services Managers",
                "Medical Assistants", "Medical Records Specialists", "Medical Transcriptionists");
        CatalogEntry seed = all.get(0);
        assertThat(seed.quickFacts().medianPayAnnual()).isEqualTo(58250);
        assertThat(seed.quickFacts().employmentChange()).isEqualTo(6200);
        assertThat(seed.path()).isEqualTo("/healthcare/health-information-technologists-and-medical-registrars/");
        assertThat(catalog.groups()).extracting(GroupSummary::slug, GroupSummary::count)
                .containsExactly(tuple("healthcare", 4),
                        tuple("management", 1));
    }

    @Test
    void theEditionListedIsTheSeedsWhenItIsTheOnlyOne() {
        assertThat(catalog.edition()).isEqualTo(new CatalogEdition("2022-32", "2022-32", "May 2022", 2022));
    }

    @Test
    void theEditionListedIsTheNewestOfTheOccupationsServed() {
        jdbc.update("""
                insert into edition (code, reference_period, base_year, projection_year, source, imported_at)
                values ('2024-34', 'May 2024', 2024, 2034, 'test', current_timestamp)""");
        jdbc.update("""
                update occupation set edition_id = (select id from edition where code = '2024-34')
                where slug = 'medical-assistants'""");

        assertThat(catalog.edition()).isEqualTo(new CatalogEdition("2024-34", "2024-34", "May 2024", 2024));
    }

    @Test
    void searchesTabSummariesAndNarrative() {
        SearchResults results = catalog.search("registrars", 1);

        assertThat(results.results()).extracting(r -> r.entry().slug())
                .containsExactly("health-information-technologists-and-medical-registrars");
        assertThat(catalog.search("cancer registrars", 1).total()).isEqualTo(1);
    }

    @Test
    void theFinderChecksGroupsAgainstTheDatabaseAndCountsWhatEachChoiceWouldLeave() {
        FinderQuery.Parsed parsed = catalog.finderQuery(Map.of("group", List.of("healthcare"),
                "pay", List.of("from-40000-to-59999")));
        assertThat(parsed.valid()).isTrue();

        FinderResult result = catalog.finder(parsed.query());

        assertThat(result.occupations()).extracting(CatalogEntry::title).containsExactly(
                "Health Information Technologists and Medical Registrars", "Medical Records Specialists");
        assertThat(result.filters().get(0).options())
                .extracting(o -> o.option().code(), o -> o.option().selected(), FinderResult.CountedOption::count)
                .containsExactly(tuple("healthcare", true, 2), tuple("management", false, 0));
        FinderResult.CountedFilter pay = result.filters().stream().filter(f -> f.filter().name().equals("pay"))
                .findFirst().orElseThrow();
        assertThat(pay.options()).extracting(FinderResult.CountedOption::count).containsExactly(0, 2, 2, 0, 0, 0);
        assertThat(catalog.finderQuery(Map.of("group", List.of("nowhere"))).errors()).containsOnlyKeys("group");
    }

    @Test
    void rebuildsFromTheDatabaseAfterDataChanged() {
        assertThat(catalog.search("zymurgists", 1).total()).isZero();
        jdbc.update("""
                insert into occupation (edition_id, slug, group_id, title, plural_noun, profile_loaded, summary_duties,
                    entry_education, median_pay_annual, source_url)
                values ((select id from edition where code = '2022-32'), 'zymurgists',
                    (select id from occupation_group where slug = 'management'), 'Zymurgists',
                    'zymurgists', false, 'Zymurgists brew.', 'BACHELOR', 70000, 'https://example.org/z')""");

        assertThat(catalog.search("zymurgists", 1).total()).as("the snapshot stays until told").isZero();
        catalog.dataChanged();

        assertThat(catalog.search("zymurgists", 1).results()).extracting(r -> r.entry().title())
                .containsExactly("Zymurgists");
        assertThat(catalog.group("management").orElseThrow().count()).isEqualTo(2);
    }
}
