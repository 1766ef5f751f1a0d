package org.handbook.catalog;

import java.util.Comparator;
import java.util.function.Function;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.QuickFacts;
import org.handbook.occupation.WorkExperience;
import org.handbook.system.Labelled;

/**
 * The orders of the Occupation Finder's result: each column of its table in both directions. A
 * column's plain name ({@code title}, {@code pay}) is its usual direction, the one the finder always
 * had: text and categories from the start of their scale, figures highest first; the suffixed name
 * is the other way. Occupations without the column's figure come last in both directions, after
 * those for which BLS prints "See How to Become One" instead of a category.
 */
public enum FinderSort implements Labelled {
    TITLE(Column.TITLE, true, "A to Z"),
    TITLE_DESC(Column.TITLE, false, "Z to A"),
    EDUCATION(Column.EDUCATION, true, "least first"),
    EDUCATION_DESC(Column.EDUCATION, false, "most first"),
    EXPERIENCE(Column.EXPERIENCE, true, "least first"),
    EXPERIENCE_DESC(Column.EXPERIENCE, false, "most first"),
    TRAINING(Column.TRAINING, true, "least first"),
    TRAINING_DESC(Column.TRAINING, false, "most first"),
    GROWTH(Column.GROWTH, false, "highest first"),
    GROWTH_ASC(Column.GROWTH, true, "lowest first"),
    JOBS(Column.JOBS, false, "most first"),
    JOBS_ASC(Column.JOBS, true, "fewest first"),
    PAY(Column.PAY, false, "highest first"),
    PAY_ASC(Column.PAY, true, "lowest first");

    private static final Comparator<CatalogEntry> BY_TITLE =
            Comparator.comparing(CatalogEntry::title, String.CASE_INSENSITIVE_ORDER).thenComparing(CatalogEntry::slug);

    private final Column column;
    private final boolean ascending;
    private final String direction;

    FinderSort(Column column, boolean ascending, String direction) {
        this.column = column;
        this.ascending = ascending;
        this.direction = direction;
    }

    /** "Median pay (highest first)". */
    @Override
    public String label() {
        return column.title + " (" + direction + ")";
    }

    /** Which way the column runs, in words: "highest first", "A to Z". */
    public String direction() {
        return direction;
    }

    public Column column() {
        return column;
    }

    public boolean ascending() {
        return ascending;
    }

    /** The sort by this column in the other direction. */
    public FinderSort reversed() {
        for (FinderSort sort : values()) {
            if (sort.column == column && sort.ascending != ascending) {
                return sort;
            }
        }
        throw new IllegalStateException("No reverse of " + this);
    }

    /** The sort a click on the column's header gives first: its usual direction. */
    public static FinderSort of(Column column) {
        for (FinderSort sort : values()) {
            if (sort.column == column) {
                return sort;
            }
        }
        throw new IllegalArgumentException("No sort by " + column);
    }

    Comparator<CatalogEntry> comparator() {
        if (column == Column.TITLE) {
            return ascending ? BY_TITLE : BY_TITLE.reversed();
        }
        Comparator<Integer> direction = ascending ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparingInt(column::tier)
                .thenComparing(column.rank, Comparator.nullsLast(direction))
                .thenComparing(BY_TITLE);
    }

    /**
     * A column of the finder's table and where an occupation stands in it: {@code rank} is its place on
     * the column's scale (a figure, or a category's place in BLS's order), null where it has none.
     */
    public enum Column {
        TITLE("Title", null, null),
        EDUCATION("Entry-level education", QuickFacts::entryEducation,
                q -> q.entryEducation() == null || q.entryEducation() == EducationLevel.SEE_HOW_TO_BECOME_ONE
                        ? null : q.entryEducation().ordinal()),
        EXPERIENCE("Work experience", QuickFacts::workExperience,
                q -> q.workExperience() == null || q.workExperience() == WorkExperience.SEE_HOW_TO_BECOME_ONE
                        ? null : q.workExperience().ordinal()),
        TRAINING("On-the-job training", QuickFacts::onTheJobTraining,
                q -> q.onTheJobTraining() == null || q.onTheJobTraining() == OnTheJobTraining.SEE_HOW_TO_BECOME_ONE
                        ? null : q.onTheJobTraining().ordinal()),
        GROWTH("Projected growth rate", QuickFacts::outlookPercent, QuickFacts::outlookPercent),
        JOBS("Projected number of new jobs", QuickFacts::employmentChange, QuickFacts::employmentChange),
        PAY("Median pay", QuickFacts::medianPayAnnualAtLeast, QuickFacts::medianPayAnnualAtLeast);

        private final String title;
        private final Function<CatalogEntry, Object> value;
        private final Function<CatalogEntry, Integer> rank;

        Column(String title, Function<QuickFacts, Object> value, Function<QuickFacts, Integer> rank) {
            this.title = title;
            this.value = value == null ? null : value.compose(CatalogEntry::quickFacts);
            this.rank = rank == null ? null : rank.compose(CatalogEntry::quickFacts);
        }

        /** Ranked occupations first, then those with a value off the scale ("See How to Become One"), then the rest. */
        private int tier(CatalogEntry entry) {
            if (rank.apply(entry) != null) {
                return 0;
            }
            return value.apply(entry) != null ? 1 : 2;
        }
    }
}
