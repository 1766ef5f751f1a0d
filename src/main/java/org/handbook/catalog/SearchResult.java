package org.handbook.catalog;

import java.util.List;

/**
 * One occupation found by a search.
 *
 * @param title      the title, with the matched words marked
 * @param snippet    the passage that best matches, with the matched words marked
 * @param titleMatch whether every word searched for is in the title or other name
 */
public record SearchResult(CatalogEntry entry, List<Fragment> title, List<Fragment> snippet, boolean titleMatch) {
}
