package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.SiteClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search over the whole Handbook as people use it: everyday words, other job titles, abbreviations,
 * word forms and typos, each expected among the first three results of the search page.
 */
class WholeHandbookSearchTests extends BundledEditionTest {

    private static final int FIRST = 3;

    /** What people type, and the occupation they mean (also the benchmark's search queries). */
    private static final List<Map.Entry<String, String>> EVERYDAY_QUERIES = everydayQueries();

    @Autowired
    JsonMapper json;

    @Test
    void everydayQueriesFindTheirOccupationInTheFirstThreeResults() {
        SiteClient site = site();
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, String> query : EVERYDAY_QUERIES) {
            List<String> first = titles(site.page("/search?q=" + encode(query.getKey()))).stream().limit(FIRST).toList();
            if (!first.contains(query.getValue())) {
                misses.add(query.getKey() + " -> " + first + ", expected " + query.getValue());
            }
        }
        int passed = EVERYDAY_QUERIES.size() - misses.size();
        System.out.printf("Everyday queries with their occupation in the first %d results: %d of %d (%.0f%%)%n",
                FIRST, passed, EVERYDAY_QUERIES.size(), 100.0 * passed / EVERYDAY_QUERIES.size());
        assertThat(EVERYDAY_QUERIES).hasSizeGreaterThanOrEqualTo(40);
        assertThat(misses).isEmpty();
    }

    @Test
    void theTitleMatchRanksFirstAndTheMatchedWordsAreMarked() {
        Document page = site().page("/search?q=plumber");

        assertThat(titles(page).get(0)).isEqualTo("Plumbers, Pipefitters, and Steamfitters");
        assertThat(page.select("[data-qa=results] li").first().select("mark").eachText())
                .anyMatch(marked -> marked.toLowerCase().startsWith("plumber"));
    }

    @Test
    void aTypoIsReadAsTheHandbooksWordAndSaysSo() {
        Document page = site().page("/search?q=electrican");

        assertThat(page.select("[data-qa=respelled]").text()).contains("electrican").contains("electrician");
        assertThat(titles(page).get(0)).isEqualTo("Electricians");
    }

    @Test
    void aSearchThatFindsNothingSuggestsAnotherAndLinksTheGroups() {
        Document page = site().page("/search?q=" + encode("electricianz qwxzv"));

        assertThat(page.select("[data-qa=result-count]").text()).startsWith("No occupations match");
        Element suggestion = page.select("[data-qa=did-you-mean] a").first();
        assertThat(suggestion).isNotNull();
        assertThat(suggestion.text()).isEqualTo("electrician");
        assertThat(page.select("[data-qa=groups] a")).hasSize(25);
    }

    @Test
    void suggestionsWhileTypingAreOccupationsWhoseNamesBeginSo() {
        JsonNode answer = json.readTree(site().get("/search/suggestions?q=" + encode("elec")).body());

        List<String> titles = new ArrayList<>();
        answer.get("suggestions").forEach(s -> titles.add(s.get("title").asString()));
        assertThat(titles).contains("Electricians", "Electrical and Electronics Engineers").hasSizeLessThanOrEqualTo(8);
        assertThat(answer.get("suggestions").get(0).get("path").asString()).startsWith("/").endsWith("/");
    }

    private static List<Map.Entry<String, String>> everydayQueries() {
        try (InputStream in = WholeHandbookSearchTests.class.getResourceAsStream("/search/everyday-queries.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.split("\t", 2))
                    .map(fields -> Map.entry(fields[0], fields[1]))
                    .toList();
        } catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    private static List<String> titles(Document page) {
        return page.select("[data-qa=results] li h2 a").eachText();
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
