package org.handbook.catalog;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.handbook.catalog.ListColumn.SortOrder;
import org.springframework.stereotype.Service;

/**
 * BLS's lists of occupations ({@link OccupationList}) from the catalog's edition: the top
 * {@value #SIZE} by one figure. An occupation without that figure (a profile not loaded, Military
 * Careers, pay given only by the hour) is left out of the list rather than ranked as zero.
 */
@Service
public class ListsService {

    /** How many occupations a list holds, as BLS's own lists do. */
    public static final int SIZE = 20;

    private static final Comparator<CatalogEntry> BY_TITLE =
            Comparator.comparing(CatalogEntry::title, String.CASE_INSENSITIVE_ORDER).thenComparing(CatalogEntry::slug);

    private final CatalogService catalog;

    ListsService(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** The list's occupations in its own order: the figure highest first, the same figure by title. */
    public List<ListRow> ranked(OccupationList list) {
        ListColumn figure = list.figure();
        List<CatalogEntry> top = catalog.all().stream().filter(entry -> figure.figureOf(entry) != null)
                .sorted(Comparator.comparing((CatalogEntry entry) -> figure.figureOf(entry), Comparator.reverseOrder()).thenComparing(BY_TITLE))
                .limit(SIZE).toList();
        List<ListRow> rows = new ArrayList<>();
        for (int i = 0; i < top.size(); i++) {
            boolean tied = i > 0 && figure.figureOf(top.get(i)).equals(figure.figureOf(top.get(i - 1)));
            rows.add(new ListRow(tied ? rows.get(i - 1).rank() : i + 1, top.get(i)));
        }
        return List.copyOf(rows);
    }

    /** The list's table in the order asked for, with its headings' links to the other orders. */
    public ListTable table(OccupationList list, ListSort sort) {
        CatalogEdition edition = catalog.edition();
        List<ListRow> rows = ranked(list).stream().sorted(sort.column().comparator(sort.order())).toList();
        List<ListTable.Heading> headings = list.columns().stream().map(column -> {
            String query = sort.next(column).queryString();
            return new ListTable.Heading(column, column.heading(edition),
                    list.path() + (query.isEmpty() ? "" : "?" + query),
                    column == sort.column() ? sort.order() : null);
        }).toList();
        long withFigure = catalog.all().stream().filter(entry -> list.figure().figureOf(entry) != null).count();
        String query = sort.queryString();
        return new ListTable(list, list.description(edition), headings, rows, (int) withFigure, catalog.all().size(),
                list.csvPath() + (query.isEmpty() ? "" : "?" + query));
    }

    /**
     * A list's table as a page shows it.
     *
     * @param withFigure how many occupations have the list's figure, of which the list is the top
     * @param total      how many occupations the catalog holds
     */
    public record ListTable(OccupationList list, String description, List<Heading> headings, List<ListRow> rows,
                            int withFigure, int total, String csvPath) {

        /**
         * A column's heading: its words, the link that sorts by it (or turns its order round), and
         * the order it is sorted in, or null when the table is sorted by another column.
         */
        public record Heading(ListColumn column, String text, String sortPath, SortOrder sorted) {

            /** The value of {@code aria-sort}, or null. */
            public String ariaSort() {
                return sorted == null ? null : sorted.code();
            }
        }
    }
}
