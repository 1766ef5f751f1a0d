package org.handbook.catalog;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * BLS's lists of occupations, each the top {@value ListsService#SIZE} of the edition listed by one
 * figure (bls.gov/ooh/fastest-growing.htm, most-new-jobs.htm, highest-paying.htm), and the most
 * openings a year, which the Handbook gives but BLS does not list.
 */
public enum OccupationList {
    FASTEST_GROWING("fastest-growing", "Fastest growing occupations", ListColumn.GROWTH, "fastest-growing",
            "the highest projected percent change in employment", null),
    MOST_NEW_JOBS("most-new-jobs", "Occupations with the most new jobs", ListColumn.NEW_JOBS, "most-new-jobs",
            "the most new jobs projected", "New jobs are the projected numeric change in employment."),
    HIGHEST_PAYING("highest-paying", "Highest paying occupations", ListColumn.PAY, "highest-paying",
            "the highest median annual pay", "Where BLS gives the median only as at least a ceiling, the "
                    + "occupation ranks at that ceiling and its pay reads as BLS prints it."),
    MOST_OPENINGS("most-openings", "Occupations with the most openings", ListColumn.OPENINGS, null,
            "the most projected openings a year", "Openings are projected each year, on average, over the "
                    + "decade; they come from new jobs and from replacing workers who move to other occupations "
                    + "or leave the labor force.");

    private final String slug;
    private final String title;
    private final ListColumn figure;
    private final String blsPage;
    private final String rankedBy;
    private final String explanation;

    OccupationList(String slug, String title, ListColumn figure, String blsPage, String rankedBy,
                   String explanation) {
        this.slug = slug;
        this.title = title;
        this.figure = figure;
        this.blsPage = blsPage;
        this.rankedBy = rankedBy;
        this.explanation = explanation;
    }

    public static Optional<OccupationList> bySlug(String slug) {
        return Arrays.stream(values()).filter(list -> list.slug.equals(slug)).findFirst();
    }

    /** The list whose page BLS has at /ooh/{page}.htm. */
    public static Optional<OccupationList> byBlsPage(String page) {
        return Arrays.stream(values()).filter(list -> page.equals(list.blsPage)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }

    public String path() {
        return "/lists/" + slug;
    }

    public String csvPath() {
        return path() + ".csv";
    }

    /** The column of the figure the list ranks by. */
    public ListColumn figure() {
        return figure;
    }

    /** What the list's figure means, where its name does not say it all; or null. */
    public String explanation() {
        return explanation;
    }

    /** The table's columns: rank, occupation, the list's figure, entry-level education, median pay. */
    public List<ListColumn> columns() {
        return figure == ListColumn.PAY
                ? List.of(ListColumn.RANK, ListColumn.OCCUPATION, ListColumn.EDUCATION, ListColumn.PAY)
                : List.of(ListColumn.RANK, ListColumn.OCCUPATION, figure, ListColumn.EDUCATION, ListColumn.PAY);
    }

    /** What the list holds: "The 20 occupations with the highest median annual pay, May 2024." */
    public String description(CatalogEdition edition) {
        String period = edition == null ? ""
                : ", " + (figure == ListColumn.PAY ? edition.wagesPeriod() : edition.projectionPeriod());
        return "The " + ListsService.SIZE + " occupations with " + rankedBy + period + ".";
    }
}
