package org.handbook.occupation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything a page, an embed or the API shows of one occupation, detached from JPA so that
 * it can be cached and rendered without a database session.
 */
public record ProfileView(
        String slug,
        String title,
        String singularTitle,
        String pluralNoun,
        String otherName,
        String socCode,
        List<String> socCodes,
        boolean profileLoaded,
        GroupRef group,
        String summaryDuties,
        QuickFacts quickFacts,
        Map<Tab, List<String>> tabSummaries,
        Map<Tab, String> summaryHeadings,
        Map<Tab, List<Block>> narrative,
        List<IndustryShare> industryEmployment,
        List<IndustryPay> industryWages,
        Chart wageChart,
        Chart outlookChart,
        List<Projection> projections,
        List<Resource> stateAreaResources,
        List<ContactLink> contacts,
        List<OccupationSummary> similarOccupations,
        List<OccupationSummary> similarTo,
        List<DataTable> dataTables,
        Integer wageP10Annual,
        Integer wageP90Annual,
        Integer openingsPerYear,
        String sourceUrl,
        String videoTranscriptUrl,
        List<OnetRef> onetLinks,
        LocalDate citationVisitedDate,
        LocalDate lastModifiedDate,
        EditionRef edition,
        List<EditionRef> editions,
        Changes changes) {

    private static final String CITED_WORK =
            "Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook";

    /** The profile's own URL path, which is also its Summary tab. */
    public String path() {
        return pathOf(group.slug(), slug);
    }

    /** The URL path of an occupation's profile: /{group}/{slug}/. */
    public static String pathOf(String groupSlug, String slug) {
        return "/" + groupSlug + "/" + slug + "/";
    }

    /** A tab's address; a tab of an earlier edition keeps its {@code edition} parameter. */
    public String tabPath(Tab tab) {
        return path() + tab.path() + editionQuery();
    }

    /** Where "See How to Become One" in the quick facts leads. */
    public String howToBecomeOnePath() {
        return tabPath(Tab.HOW_TO_BECOME_ONE);
    }

    public String printPath() {
        return path() + "print" + editionQuery();
    }

    /** {@code ?edition=} and the code for a row of an earlier edition, nothing for the current one. */
    public String editionQuery() {
        return edition == null ? "" : edition.query();
    }

    /** A tab's address in another edition of this profile; the Summary's for a null {@code tab}. */
    public String tabPath(Tab tab, EditionRef other) {
        return path() + (tab == null ? "" : tab.path()) + other.query();
    }

    /**
     * The address a citation gives: this tab in this edition, with the edition named even when it is
     * the current one, so that the cited figures are still there once a newer edition is current.
     * The Summary's for a null {@code tab} (the print view cites the profile).
     */
    public String citationPath(Tab tab) {
        return path() + (tab == null ? "" : tab.path()) + (edition == null ? "" : "?edition=" + edition.code());
    }

    /** How a citation names the Handbook of this edition, as BLS's citations did ("..., 2024-34 Edition"). */
    public String citedWork() {
        return CITED_WORK + (edition == null ? "" : ", " + edition.code() + " Edition");
    }

    /** The edition the site serves for this occupation, when this is an earlier one. */
    public EditionRef currentEdition() {
        return editions.stream().filter(EditionRef::current).findFirst().orElse(null);
    }

    /**
     * The other editions in which this profile is loaded in full, oldest first, the current one left
     * out (an earlier edition's page links to it on its own): the ones a reader can turn to.
     */
    public List<EditionRef> otherEditions() {
        return editions.stream()
                .filter(e -> e.profileLoaded() && !e.current() && (edition == null || !e.code().equals(edition.code())))
                .toList();
    }

    /** The tabs this profile has: all of them when loaded, none when only its summary is known. */
    public List<Tab> tabs() {
        return profileLoaded ? Tab.all() : List.of();
    }

    /** The rows of the n-th largest-employers table (1 for the first). */
    public List<IndustryShare> industryEmployment(int table) {
        return industryEmployment.stream().filter(row -> row.table() == table).toList();
    }

    /** The rows of the n-th wage-by-industry table (1 for the first). */
    public List<IndustryPay> industryWages(int table) {
        return industryWages.stream().filter(row -> row.table() == table).toList();
    }

    /** Whether the n-th wage-by-industry table gives hourly wages, as BLS does for some occupations. */
    public boolean hourlyWages(int table) {
        return industryWages.stream().anyMatch(row -> row.table() == table && row.medianWageHourly() != null);
    }

    /** The contacts drawn on their own after the narrative: those not in a paragraph of it (the seed's). */
    public List<ContactLink> looseContacts() {
        return contacts.stream().filter(contact -> !contact.inNarrative()).toList();
    }

    /** The n-th table of other data of a tab (1 for the first), or null. */
    public DataTable dataTable(Tab tab, int table) {
        return dataTables.stream().filter(t -> t.tab() == tab && t.table() == table).findFirst().orElse(null);
    }

    public List<Block> blocks(Tab tab) {
        return narrative.getOrDefault(tab, List.of());
    }

    public List<String> summaryOf(Tab tab) {
        return tabSummaries.getOrDefault(tab, List.of());
    }

    /** "What Health Information Technologists and Medical Registrars Do", as BLS heads the tab. */
    public String heading(Tab tab) {
        return switch (tab) {
            case SUMMARY -> "Summary";
            case WHAT_THEY_DO -> "What " + title + " Do";
            case HOW_TO_BECOME_ONE -> "How to Become a " + (singularTitle == null ? title : singularTitle);
            case MORE_INFORMATION -> "Contacts for More Information";
            default -> tab.label();
        };
    }

    /** The heading of a tab's summary on the Summary tab: BLS's own, else as BLS heads the tab there. */
    public String summaryHeading(Tab tab) {
        String bls = summaryHeadings.get(tab);
        if (bls != null) {
            return bls;
        }
        return tab == Tab.MORE_INFORMATION ? "More Information, Including Links to O*NET" : heading(tab);
    }

    /**
     * An edition of this occupation's profile: its {@code code} as BLS names it, the period of its
     * wages ({@code referencePeriod}) and of its projections, {@code current} when it is the row the
     * site serves, {@code profileLoaded} when the edition holds the whole profile.
     */
    public record EditionRef(String code, String referencePeriod, String projectionPeriod, boolean current,
                             boolean profileLoaded) {

        /** What a reader must add to a profile's address to read this edition: nothing for the current one. */
        public String query() {
            return current ? "" : "?edition=" + code;
        }
    }

    /**
     * The quick facts that differ from the previous edition of the same profile ({@code since}), each
     * as printed before and now; empty when there is no earlier edition.
     */
    public record Changes(EditionRef since, List<Change> facts) {

        public static final Changes NONE = new Changes(null, List.of());

        public boolean isEmpty() {
            return facts.isEmpty();
        }
    }

    /** One quick fact in two editions, formatted as BLS prints it ("$58,250"); "-" where absent. */
    public record Change(String fact, String before, String after) {
    }

    public record GroupRef(String slug, String title) {

        public String path() {
            return "/" + slug + "/";
        }
    }

    /**
     * A block of narrative as a template draws it; consecutive list items are gathered into one
     * LIST_ITEM block whose {@code items} hold them. An EXHIBIT block stands for {@code table} n of its
     * kind in the tab (1 for the first); its {@code text}, when present, names whom that table is about
     * ("anesthesiologists"), else the table is about the profile's occupation. A table's {@code caption}
     * is BLS's sentence introducing it ("... were as follows:"), drawn as the caption instead of as a
     * paragraph. A paragraph with links has them in {@code segments}, its text cut where they stand.
     */
    public record Block(BlockKind kind, String label, String text, List<String> items, Exhibit exhibit, int table,
                        String caption, List<Segment> segments) {

        public boolean is(String kindName) {
            return kind.name().equals(kindName);
        }

        /** The bold name a paragraph opens with, as BLS draws a kind of worker, or null. */
        public String lead() {
            return kind == BlockKind.PARAGRAPH && label != null && text != null && text.startsWith(label)
                    ? label : null;
        }

        /** The paragraph's text after its bold name, or all of it. */
        public String afterLead() {
            String lead = lead();
            return lead == null ? text : text.substring(lead.length());
        }
    }

    /** A piece of a paragraph: text, or a link when {@code url} is set. */
    public record Segment(String text, String url) {
    }

    /** A link to O*NET OnLine. */
    public record OnetRef(String title, String url) {
    }

    public record IndustryShare(int table, String industry, BigDecimal sharePercent) {
    }

    /**
     * A wage by industry: {@code medianWageAnnual} or, where BLS gives hourly wages, {@code medianWageHourly};
     * {@code topCoded} when BLS prints the figure as a ceiling ("$239,200 or more").
     */
    public record IndustryPay(int table, String industry, Integer medianWageAnnual, BigDecimal medianWageHourly,
                              boolean topCoded) {
    }

    /**
     * A horizontal bar chart; {@code length} of each bar is in the chart's 0..{@value Chart#BAR_SPACE} units.
     * {@code hourly} for a Pay chart of hourly wages. {@code notes} are the lines BLS prints under it
     * ("Note: ...", "Source: ..."), none for the seed.
     */
    public record Chart(String title, String subtitle, boolean hourly, List<Bar> bars, List<String> notes) {

        public static final int BAR_SPACE = 320;

        public boolean isEmpty() {
            return bars.isEmpty();
        }

        /** Height of the SVG's view box: one label line and one bar per row, and a line for a top-coded bar's sentence. */
        public int height() {
            return bars.isEmpty() ? 8 : bars.get(bars.size() - 1).bottom() + 8;
        }
    }

    /**
     * A bar whose row starts at {@code top}. A top-coded one has no {@code value} but BLS's sentence as
     * {@code note}; it is drawn as long as the ceiling the sentence names, with the sentence on a line
     * of its own under it (beside the bar it would run off the chart).
     */
    public record Bar(String label, Number value, String note, int length, boolean subject, int top) {

        static final int ROW_HEIGHT = 56;
        static final int NOTE_HEIGHT = 22;

        public boolean topCoded() {
            return value == null && note != null;
        }

        public int bottom() {
            return top + ROW_HEIGHT + (topCoded() ? NOTE_HEIGHT : 0);
        }

        public int labelY() {
            return top + 18;
        }

        public int barY() {
            return top + 26;
        }

        public int valueX() {
            return length + 8;
        }

        public int valueY() {
            return barY() + 16;
        }

        /** The baseline of a top-coded bar's sentence, under the bar. */
        public int noteY() {
            return barY() + 22 + 18;
        }
    }

    /**
     * A table of other data (Military Careers' personnel tables) as text: its caption, header rows,
     * body rows and footnotes. Every row spans {@code columns}: a row with fewer cells than the widest
     * (a section row such as "Commissioned Officers:") has its last cell span the rest.
     */
    public record DataTable(Tab tab, int table, String caption, List<List<Cell>> headerRows,
                            List<List<Cell>> rows, List<String> notes, int columns) {
    }

    /**
     * A cell as drawn: a {@code header} cell is a column header in a header row, or the row header
     * that opens a body row; an empty one is never a header (a header must name something).
     */
    public record Cell(String text, boolean header, int colspan) {
    }

    public record Projection(String title, String socCode, int employmentBase, int employmentProjected,
                             int changePercent, int changeNumeric, String dataUrl) {
    }

    public record Resource(String title, String description, String linkText, String url) {
    }

    /** A contact; {@code inNarrative} when its link is drawn in a paragraph of the tab's narrative. */
    public record ContactLink(String introduction, String organization, String url, boolean inNarrative) {
    }

    /**
     * What a list of occupations shows of each: the row of a similar-occupations table or a group page.
     * {@code medianPayNote} is what BLS prints where there is no figure ("The annual wage is not available.").
     */
    public record OccupationSummary(String slug, String title, String otherName, String groupSlug,
                                    String summaryDuties, EducationLevel entryEducation,
                                    Integer medianPayAnnual, String medianPayNote, boolean profileLoaded,
                                    String sourceUrl) {

        public String path() {
            return pathOf(groupSlug, slug);
        }

        /** Where "See How to Become One" in a similar-occupations table leads. */
        public String howToBecomeOnePath() {
            return path() + Tab.HOW_TO_BECOME_ONE.path();
        }
    }
}
