package org.handbook.catalog;

import java.util.List;
import java.util.Map;

/**
 * The answer to a search: one page of it.
 *
 * @param terms       the words searched for, as the index reads them
 * @param total       how many occupations match
 * @param offset      how many better matches come before this page's first
 * @param results     this page's matches, best first
 * @param respelled   each word searched for that no profile uses, with the word of the Handbook it
 *                    was read as (one typo away)
 * @param suggestions when nothing matches: other searches that find something
 */
public record SearchResults(List<String> terms, int total, int offset, List<SearchResult> results,
                            Map<String, String> respelled, List<Suggestion> suggestions) {

    public static final SearchResults NONE = new SearchResults(List.of(), 0, 0, List.of(), Map.of(), List.of());

    /** Another search, and how many occupations it finds. */
    public record Suggestion(String query, int total) {
    }

    /** The number of the first result shown, counting from 1. */
    public int first() {
        return offset + 1;
    }

    /** The number of the last result shown. */
    public int last() {
        return offset + results.size();
    }
}
