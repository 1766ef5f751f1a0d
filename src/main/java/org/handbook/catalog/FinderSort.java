package org.handbook.catalog;

import java.util.Comparator;
import java.util.function.Function;
import org.handbook.system.Labelled;

/** The orders of the Occupation Finder's result; figures sort highest first, missing ones last. */
public enum FinderSort implements Labelled {
    TITLE("Title (A to Z)", null),
    PAY("Median pay (highest first)", CatalogEntry::medianPayAnnual),
    GROWTH("Projected growth rate (highest first)", CatalogEntry::outlookPercent),
    JOBS("Projected number of new jobs (most first)", CatalogEntry::employmentChange);

    private static final Comparator<CatalogEntry> BY_TITLE =
            Comparator.comparing(CatalogEntry::title, String.CASE_INSENSITIVE_ORDER).thenComparing(CatalogEntry::slug);

    private final String label;
    private final Function<CatalogEntry, Integer> figure;

    FinderSort(String label, Function<CatalogEntry, Integer> figure) {
        this.label = label;
        this.figure = figure;
    }

    @Override
    public String label() {
        return label;
    }

    Comparator<CatalogEntry> comparator() {
        if (figure == null) {
            return BY_TITLE;
        }
        return Comparator.comparing(figure, Comparator.nullsLast(Comparator.<Integer>reverseOrder()))
                .thenComparing(BY_TITLE);
    }
}
