package org.handbook.api;

import java.math.BigDecimal;
import java.util.List;

/**
 * A whole profile: its quick facts, every tab's structured content and the tables and charts the
 * tabs place between their paragraphs ({@code exhibits}), with links to each HTML tab and embed.
 * An occupation known only by its summary ({@code profileLoaded} false) has no tabs. {@code onet} is
 * the first of {@code onetLinks}: a profile covering many SOC codes links to O*NET for each.
 */
public record OccupationDetail(
        String slug,
        String title,
        String singularTitle,
        String otherName,
        String socCode,
        List<String> socCodes,
        boolean profileLoaded,
        GroupDto group,
        String summary,
        QuickFactsDto quickFacts,
        Measure wagePercentile10,
        Measure wagePercentile90,
        Measure openingsPerYear,
        List<TabContent> tabs,
        Exhibits exhibits,
        List<StateAreaResource> stateAreaResources,
        List<Contact> contacts,
        Onet onet,
        List<Onet> onetLinks,
        Links links,
        Source source,
        String citation,
        Edition edition,
        List<Edition> editions,
        Changes changes) {

    /**
     * An edition of this profile ("2024-34", wages of "May 2024"); {@code current} for the one served by
     * default, {@code api} the address of this profile in that edition.
     */
    public record Edition(String code, String referencePeriod, boolean current, String api) {
    }

    /** The quick facts that differ from the previous edition ({@code since}), formatted as printed. */
    public record Changes(String since, List<Change> facts) {
    }

    public record Change(String fact, String before, String after) {
    }

    /**
     * One tab. {@code summary} is what the Summary tab says of it; {@code blocks} its narrative in order.
     *
     * @param name the tab's name in HTML and embed addresses ("summary", "pay", ...)
     */
    public record TabContent(String name, String label, String heading, List<String> summary, List<Block> blocks,
                             TabLinks links) {
    }

    public record TabLinks(String html, String embed) {
    }

    /**
     * A block of narrative. {@code kind} is heading, paragraph, list (with {@code items}), quality
     * ({@code label} in bold, then {@code text}), photo ({@code label} its alternative text, {@code text}
     * its caption) or exhibit ({@code exhibit} names a field of {@code exhibits}, {@code table} which of
     * its tables stands here, 1 for the first; {@code text}, when present, names whom that table is about;
     * {@code caption} is BLS's sentence introducing the table).
     */
    public record Block(String kind, String text, String label, List<String> items, String exhibit, Integer table,
                        String caption) {
    }

    public record Exhibits(
            List<IndustryShare> industryEmployment,
            List<IndustryWage> industryWages,
            Chart wageChart,
            Chart outlookChart,
            List<Projection> projections,
            List<SimilarOccupation> similarOccupations,
            List<DataTable> dataTables) {
    }

    /**
     * A table of other data (Military Careers' personnel tables), as text: {@code tab} names the tab
     * it stands in, {@code table} which of that tab's such tables it is (1 for the first).
     */
    public record DataTable(String tab, int table, String caption, List<List<String>> headerRows,
                            List<List<String>> rows, List<String> notes) {
    }

    /** A row of a largest-employers table; {@code table} is 1 for the tab's first such table. */
    public record IndustryShare(String industry, BigDecimal percent, int table) {
    }

    /**
     * A wage by industry: annual, or hourly ({@code medianHourlyWage}) where BLS gives it so; {@code table}
     * is 1 for the tab's first wage-by-industry table; {@code topCoded} when BLS prints the figure as a
     * ceiling ("$239,200 or more").
     */
    public record IndustryWage(String industry, Integer medianAnnualWage, BigDecimal medianHourlyWage, int table,
                               boolean topCoded) {
    }

    /**
     * A chart's data: one bar per row, {@code subject} marking this occupation's own bar; {@code notes}
     * the lines BLS prints under the chart ("Note: ...", "Source: ..."), empty when it prints none.
     */
    public record Chart(String title, String subtitle, String unit, List<Bar> bars, List<String> notes) {
    }

    /** A bar; a top-coded one has no {@code value} but BLS's sentence as {@code note}. */
    public record Bar(String label, Number value, boolean subject, String note) {
    }

    public record Projection(String title, String socCode, int employmentBase, int employmentProjected,
                             int changePercent, int changeNumeric, String dataUrl) {
    }

    public record SimilarOccupation(String slug, String title, String otherName, String duties,
                                    Category entryEducation, Measure medianPayAnnual, String medianPayNote,
                                    boolean profileLoaded,
                                    String html, String api) {
    }

    public record StateAreaResource(String title, String description, String linkText, String url) {
    }

    public record Contact(String introduction, String organization, String url) {
    }

    public record Onet(String title, String url) {
    }

    /** The profile's page, print view, whole-profile embed, oEmbed answer and this resource, all absolute. */
    public record Links(String html, String print, String embed, String oembed, String api) {
    }
}
