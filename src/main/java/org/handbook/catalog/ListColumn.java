package org.handbook.catalog;

import java.util.Comparator;
import java.util.function.Function;
import org.handbook.catalog.FinderQuery.Period;

/**
 * A column of the occupation lists, each one sortable. Figures sort highest first when first chosen,
 * words A to Z and the rank from 1; an occupation without the column's figure is last either way.
 */
public enum ListColumn {
    RANK("Rank", Period.NONE, null, false, null),
    OCCUPATION("Occupation", Period.NONE, null, false, null),
    GROWTH("Projected growth rate", Period.PROJECTIONS, "projected-growth-rate", true,
            entry -> entry.quickFacts().outlookPercent()),
    NEW_JOBS("Projected new jobs", Period.PROJECTIONS, "projected-new-jobs", true,
            entry -> entry.quickFacts().employmentChange()),
    OPENINGS("Projected openings per year", Period.PROJECTIONS, null, true, CatalogEntry::openingsPerYear),
    /** In BLS's order of the levels, "See How to Become One" last. */
    EDUCATION("Entry-level education", Period.NONE, "entry-level-education", false,
            entry -> entry.quickFacts().entryEducation() == null ? null
                    : entry.quickFacts().entryEducation().ordinal()),
    PAY("Median pay", Period.WAGES, "median-pay", true, entry -> entry.quickFacts().medianPayAnnualAtLeast());

    private static final Comparator<ListRow> BY_TITLE = Comparator
            .comparing((ListRow row) -> row.occupation().title(), String.CASE_INSENSITIVE_ORDER)
            .thenComparing(row -> row.occupation().slug());

    private final String title;
    private final Period period;
    private final String glossarySlug;
    private final boolean figure;
    private final Function<CatalogEntry, Integer> key;

    ListColumn(String title, Period period, String glossarySlug, boolean figure, Function<CatalogEntry, Integer> key) {
        this.title = title;
        this.period = period;
        this.glossarySlug = glossarySlug;
        this.figure = figure;
        this.key = key;
    }

    /** The column's value of the {@code sort} parameter. */
    public String code() {
        return FinderQuery.code(this);
    }

    /** The column's heading with the period of the edition listed: "Median pay, May 2024". */
    public String heading(CatalogEdition edition) {
        if (edition == null) {
            return title;
        }
        return switch (period) {
            case NONE -> title;
            case PROJECTIONS -> title + ", " + edition.projectionPeriod();
            case WAGES -> title + ", " + edition.wagesPeriod();
        };
    }

    /** The glossary entry defining the column, or null. */
    public String glossarySlug() {
        return glossarySlug;
    }

    /** Whether the column holds a figure: right-aligned, and highest first when first sorted by. */
    public boolean figure() {
        return figure;
    }

    /** The order of a first click on the column's heading. */
    public SortOrder firstOrder() {
        return figure ? SortOrder.DESCENDING : SortOrder.ASCENDING;
    }

    /** The occupation's value in this column, by which it sorts; null for rank and title, or a missing figure. */
    Integer figureOf(CatalogEntry entry) {
        return key == null ? null : key.apply(entry);
    }

    /** Rows in this column's order; ties keep the list's own order. */
    Comparator<ListRow> comparator(SortOrder order) {
        Comparator<ListRow> byColumn = switch (this) {
            case RANK -> directed(Comparator.comparingInt(ListRow::rank), order);
            case OCCUPATION -> directed(BY_TITLE, order);
            default -> Comparator.comparing(row -> key.apply(row.occupation()),
                    Comparator.nullsLast(directed(Comparator.<Integer>naturalOrder(), order)));
        };
        return byColumn.thenComparingInt(ListRow::rank).thenComparing(BY_TITLE);
    }

    private static <T> Comparator<T> directed(Comparator<T> ascending, SortOrder order) {
        return order == SortOrder.ASCENDING ? ascending : ascending.reversed();
    }

    /** Which way a column is sorted, as {@code aria-sort} names it. */
    public enum SortOrder {
        ASCENDING, DESCENDING;

        public String code() {
            return FinderQuery.code(this);
        }

        SortOrder reversed() {
            return this == ASCENDING ? DESCENDING : ASCENDING;
        }
    }
}
