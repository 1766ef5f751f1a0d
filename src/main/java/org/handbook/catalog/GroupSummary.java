package org.handbook.catalog;

import java.util.List;

/** An occupation group with its occupations, by title. */
public record GroupSummary(String slug, String title, List<CatalogEntry> occupations) {

    public String path() {
        return "/" + slug + "/";
    }

    public int count() {
        return occupations.size();
    }
}
