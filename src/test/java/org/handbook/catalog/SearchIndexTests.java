package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handbook.catalog.CatalogFixtures.entry;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SearchIndexTests {

    private final SearchIndex index = SearchIndex.build(
            List.of(
                    entry("archivists", "Archivists", null,
                            "Archivists appraise and preserve records, including medical records."),
                    entry("medical-records-specialists", "Medical Records Specialists",
                            "Medical records and health information technicians",
                            "Medical records specialists compile, process, and maintain patient files."),
                    entry("coders", "Coders", null, "Coders assign codes."),
                    entry("nurses", "Registered Nurses", null, "Registered nurses provide patient care.")),
            Map.of("coders", narrative("Coders use classification systems.",
                    "Some coders work with medical records <script>alert(1)</script> every day.")));

    @Test
    void titleMatchesRankBeforeMatchesInDutiesAndNarrative() {
        SearchResults results = index.search("medical records", 0, 10);

        assertThat(slugs(results)).containsExactly("medical-records-specialists", "archivists", "coders");
        assertThat(results.total()).isEqualTo(3);
        assertThat(results.results().get(0).titleMatch()).isTrue();
        assertThat(results.results().get(1).titleMatch()).isFalse();
    }

    @Test
    void otherNamesCountAsTitles() {
        assertThat(slugs(index.search("technicians", 0, 10))).containsExactly("medical-records-specialists");
        assertThat(index.search("technicians", 0, 10).results().get(0).titleMatch()).isTrue();
    }

    @Test
    void everyWordMustMatchAndLongerWordsMatchAsPrefixes() {
        assertThat(slugs(index.search("regist nurs", 0, 10))).containsExactly("nurses");
        assertThat(slugs(index.search("nurses archivists", 0, 10))).isEmpty();
        assertThat(slugs(index.search("re", 0, 10))).isEmpty();
    }

    @Test
    void wordFormsMeetByTheirStem() {
        assertThat(slugs(index.search("nursing", 0, 10))).containsExactly("nurses");
        assertThat(slugs(index.search("archivist", 0, 10))).containsExactly("archivists");
        assertThat(slugs(index.search("coding", 0, 10))).containsExactly("coders");
    }

    @Test
    void oneTypoInALongWordIsReadAsTheHandbooksWord() {
        SearchResults results = index.search("archivsts", 0, 10);

        assertThat(slugs(results)).containsExactly("archivists");
        assertThat(results.respelled()).containsEntry("archivsts", "archivists");
        assertThat(slugs(index.search("nrse", 0, 10))).as("words under five letters are not respelled")
                .isEmpty();
    }

    @Test
    void whenNothingMatchesItSuggestsSearchesThatFindSomething() {
        assertThat(index.search("archivistts xyzzy", 0, 10).suggestions())
                .containsExactly(new SearchResults.Suggestion("archivists", 1));
        assertThat(index.search("nurses archivists", 0, 10).suggestions()).containsExactly(
                new SearchResults.Suggestion("nurses", 1), new SearchResults.Suggestion("archivists", 1));
        assertThat(index.search("nurses", 0, 10).suggestions()).isEmpty();
    }

    @Test
    void namesAProfileGivesItsWorkersRankLikeOtherNames() {
        SearchIndex names = SearchIndex.build(List.of(
                        entry("lawyers", "Lawyers", null, "Lawyers advise clients."),
                        entry("paralegals", "Paralegals", null, "Paralegals support attorneys and attorneys."),
                        entry("sonographers", "Sonographers", null, "Sonographers image the body.")),
                Map.of("lawyers", List.of(new SearchIndex.Passage(true, null,
                                "Lawyers, also called attorneys, research the intent of laws.")),
                        "sonographers", List.of(new SearchIndex.Passage(true, "Cardiac sonographers",
                                "Cardiac sonographers (echocardiographers) specialize in imaging the heart."))));

        SearchResults attorneys = names.search("attorneys", 0, 10);
        assertThat(slugs(attorneys)).containsExactly("lawyers", "paralegals");
        assertThat(attorneys.results().get(0).titleMatch()).isTrue();
        assertThat(slugs(names.search("echocardiographer", 0, 10))).containsExactly("sonographers");
        assertThat(names.search("cardiac", 0, 10).results().get(0).titleMatch()).isTrue();
    }

    @Test
    void abbreviationsTheProfilesSpellOutAndEverydayWordsFindTheirOccupation() {
        SearchIndex words = SearchIndex.build(List.of(
                        entry("accountants", "Accountants and Auditors", null, "Accountants examine records."),
                        entry("physicians", "Physicians and Surgeons", null, "Physicians diagnose illnesses."),
                        entry("clerks", "Bookkeeping Clerks", null, "Clerks keep books.")),
                Map.of("accountants", narrative("Some become a Certified Public Accountant (CPA)."),
                        "clerks", narrative("Some clerks work for a CPA.")));

        assertThat(slugs(words.search("cpa", 0, 10))).containsExactly("accountants", "clerks");
        assertThat(slugs(words.search("doctor", 0, 10))).containsExactly("physicians");
    }

    @Test
    void suggestionsAreOccupationsWhoseNamesBeginWithWhatIsTyped() {
        assertThat(index.suggest("arc", 8)).extracting(CatalogEntry::slug).containsExactly("archivists");
        assertThat(index.suggest("medical rec", 8)).extracting(CatalogEntry::slug)
                .containsExactly("medical-records-specialists");
        assertThat(index.suggest("medical r", 8)).extracting(CatalogEntry::slug)
                .containsExactly("medical-records-specialists");
        assertThat(index.suggest("patient", 8)).as("duties are not names").isEmpty();
        assertThat(index.suggest("  ", 8)).isEmpty();
    }

    @Test
    void caseAccentsAndApostrophesDoNotMatter() {
        assertThat(slugs(index.search("ARCHIVISTS", 0, 10))).containsExactly("archivists");
        assertThat(slugs(index.search("Árchivists", 0, 10))).containsExactly("archivists");
        assertThat(SearchIndex.terms("Associate’s  degree, associate's")).containsExactly("associates", "degree");
    }

    @Test
    void snippetMarksTheMatchedWordsInTheBestPassage() {
        SearchResult coders = index.search("medical records", 0, 10).results().stream()
                .filter(r -> r.entry().slug().equals("coders")).findFirst().orElseThrow();

        String snippet = coders.snippet().stream().map(Fragment::text).collect(Collectors.joining());
        assertThat(snippet).isEqualTo("Some coders work with medical records <script>alert(1)</script> every day.");
        assertThat(coders.snippet().stream().filter(Fragment::marked).map(Fragment::text))
                .containsExactly("medical", "records");
    }

    @Test
    void snippetHtmlEscapesTheTextAndMarksTheWords() {
        SearchResult coders = index.search("medical records", 0, 10).results().stream()
                .filter(r -> r.entry().slug().equals("coders")).findFirst().orElseThrow();

        assertThat(coders.snippetHtml()).isEqualTo("Some coders work with <mark>medical</mark> <mark>records</mark> "
                + "&lt;script&gt;alert(1)&lt;/script&gt; every day.");
        assertThat(coders.titleHtml()).isEqualTo("Coders");
    }

    @Test
    void titleMatchesAreMarkedInTheTitle() {
        SearchResult first = index.search("records", 0, 10).results().get(0);

        assertThat(first.title()).containsExactly(new Fragment("Medical ", false), new Fragment("Records", true),
                new Fragment(" Specialists", false));
    }

    @Test
    void aQueryWithoutLettersOrDigitsFindsNothing() {
        assertThat(index.search("<>!?%", 0, 10)).isEqualTo(SearchResults.NONE);
    }

    @Test
    void resultsComeInPagesAndAreCounted() {
        SearchResults second = index.search("medical", 1, 1);

        assertThat(second.results()).extracting(r -> r.entry().slug()).containsExactly("archivists");
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.first()).isEqualTo(2);
        assertThat(second.last()).isEqualTo(2);
        assertThat(index.search("medical", 3, 1).results()).isEmpty();
    }

    @Test
    void longPassagesAreCutAroundTheFirstMatch() {
        String text = "Lorem ipsum dolor sit amet. ".repeat(20) + "Zebras appear here. " + "More words follow. ".repeat(20);
        SearchIndex longText = SearchIndex.build(List.of(entry("z", "Zoo", null, "Keepers.")),
                Map.of("z", narrative(text)));

        List<Fragment> snippet = longText.search("zebras", 0, 10).results().get(0).snippet();

        String shown = snippet.stream().map(Fragment::text).collect(Collectors.joining());
        assertThat(shown).startsWith("\u2026 ").endsWith(" \u2026").contains("Zebras appear here.");
        assertThat(shown.length()).isLessThan(240);
    }

    private static List<SearchIndex.Passage> narrative(String... texts) {
        return Arrays.stream(texts).map(t -> new SearchIndex.Passage(false, null, t)).toList();
    }

    private static List<String> slugs(SearchResults results) {
        return results.results().stream().map(r -> r.entry().slug()).toList();
    }
}
