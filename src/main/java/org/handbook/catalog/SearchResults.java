package org.handbook.catalog;

import java.util.List;

/**
 * The answer to a search.
 *
 * @param terms   the words searched for, as the index reads them
 * @param total   how many occupations match
 * @param results the best {@code results.size()} of them, best first
 */
public record SearchResults(List<String> terms, int total, List<SearchResult> results) {

    public static final SearchResults NONE = new SearchResults(List.of(), 0, List.of());

    public boolean truncated() {
        return results.size() < total;
    }
}
