package org.handbook.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.handbook.occupation.BlockKind;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.Tab;
import org.handbook.occupation.WorkExperience;

/**
 * One {@code <occupation>} of BLS's XML compilation, mapped into plain values that mirror the
 * occupation entities one to one. Every string is text (entities decoded, whitespace collapsed,
 * trimmed): no HTML from the file survives. Absent or empty values are null, lists are never null.
 * Positions are 1-based, in file order.
 *
 * @param ordinal          the occupation's place in the file (1-based), for messages
 * @param ref              group and slug of the profile's own URL (see {@link ProfileRef})
 * @param title            {@code title}
 * @param fullName         {@code occupation_name_full}
 * @param pluralName       {@code occupation_name_short_plural} as published ("Members of the Armed Forces")
 * @param pluralNoun       the plural name as it is written in running text: the first case-insensitive
 *                         occurrence of {@code pluralName} in the summaries or the description
 *                         ("health information technologists and medical registrars"), else {@code pluralName}
 * @param singularTitle    {@code occupation_name_short_singular}
 * @param description      {@code description}, the one-line "what they do" (occupation.summary_duties)
 * @param occupationCode   {@code occupation_code}, e.g. "B398"
 * @param socCodes         {@code soc_coverage/soc_code}, zero or many, in file order
 * @param publishDate      {@code publish_date}
 * @param videoUrl         {@code video_link}
 * @param sourceUrl        the https://www.bls.gov/ooh/... address of the profile (from the citation, or
 *                         built from {@code ref} when the citation lacks it)
 * @param photo            {@code image}: the Summary tab's photo
 * @param summaries        the paragraphs of the eight {@code summary_*} elements, the first with the element's h4
 * @param blocks           every tab's narrative, tab by tab in {@link Tab} order, positions per tab
 * @param industryEmployment rows of the "largest employers" tables (Work Environment)
 * @param industryWages    rows of the wage-by-industry tables (Pay)
 * @param wageChart        {@code pay/section_chart_html}, or null
 * @param outlookChart     {@code job_outlook/section_chart}, or null
 * @param projections      rows of {@code job_outlook/section_datatable}
 * @param similarOccupations rows of the Similar Occupations table
 * @param stateAreaResources one per h3 section of {@code state_and_area}
 * @param contacts         organisations of the More Information tab, before its O*NET heading
 * @param onetLinks        O*NET OnLine links of the More Information tab
 * @param tables           other tables of the narrative (e.g. Military Careers' personnel tables)
 */
public record ImportedProfile(
        int ordinal,
        ProfileRef ref,
        String title,
        String fullName,
        String pluralName,
        String pluralNoun,
        String singularTitle,
        String description,
        String occupationCode,
        List<String> socCodes,
        LocalDate publishDate,
        String videoUrl,
        String sourceUrl,
        QuickFacts quickFacts,
        Photo photo,
        List<Summary> summaries,
        List<Block> blocks,
        List<IndustryShare> industryEmployment,
        List<IndustryWage> industryWages,
        Chart wageChart,
        Chart outlookChart,
        List<Projection> projections,
        List<SimilarOccupation> similarOccupations,
        List<StateAreaResource> stateAreaResources,
        List<Contact> contacts,
        List<Link> onetLinks,
        List<DataTable> tables) {

    /** The first SOC code, the one the occupation entity keeps, or null for none. */
    public String primarySocCode() {
        return socCodes.isEmpty() ? null : socCodes.get(0);
    }

    /** The blocks of one tab, in order. */
    public List<Block> blocks(Tab tab) {
        return blocks.stream().filter(block -> block.tab() == tab).toList();
    }

    /** The Summary tab's paragraphs for one tab, in order. */
    public List<String> summary(Tab tab) {
        return summaries.stream().filter(summary -> summary.tab() == tab).map(Summary::text).toList();
    }

    /**
     * The quick facts. Pay is top-coded by BLS above a ceiling: then the value is null and the note
     * holds BLS's sentence ("This wage is equal to or greater than $239,200 per year.").
     * {@code wageP10Annual}, {@code wageP90Annual} and {@code openingsPerYear} are not elements of the
     * file: they are read from the Pay paragraph ("The lowest 10 percent earned less than $39,120, and
     * the highest 10 percent earned more than $112,130") and the outlook summary ("About 3,200 openings
     * ... each year"), null when the sentence is not there.
     */
    public record QuickFacts(
            Integer medianPayAnnual,
            String medianPayAnnualNote,
            BigDecimal medianPayHourly,
            String medianPayHourlyNote,
            EducationLevel entryEducation,
            WorkExperience workExperience,
            OnTheJobTraining onTheJobTraining,
            Integer employment,
            Integer outlookPercent,
            OutlookDescriptor outlookDescriptor,
            Integer employmentChange,
            Integer wageP10Annual,
            Integer wageP90Annual,
            Integer openingsPerYear) {

        static final QuickFacts NONE = new QuickFacts(null, null, null, null, null, null, null, null, null,
                null, null, null, null, null);
    }

    /** A photo: its alternative text and caption (narrative PHOTO blocks use alt as label, caption as text). */
    public record Photo(String alt, String caption) {
    }

    /**
     * One paragraph of a tab's summary on the Summary tab (entity TabSummary). {@code heading} is the
     * summary's h4 ("State and Area Data") on its first paragraph, else null.
     */
    public record Summary(Tab tab, int position, String heading, String text) {
    }

    /**
     * One narrative block (entity NarrativeBlock). QUALITY: label "Integrity.", text the explanation.
     * PHOTO: label alt text, text caption. EXHIBIT: label is the name of an
     * {@link org.handbook.occupation.Exhibit} ({@code DATA_TABLES} for a {@link DataTable}); text
     * names whom a largest-employers or wage-by-industry table is about when the sentence before it
     * says so ("anesthesiologists"); for SIMILAR_OCCUPATIONS BLS's heading of the pay column ("Median
     * Annual Pay, May 2024"), for PROJECTIONS BLS's caption of the table; else null. The n-th EXHIBIT block of a kind in a tab stands for
     * table n of that kind (the {@code table} number of the rows below).
     */
    public record Block(Tab tab, int position, BlockKind kind, String label, String text) {
    }

    /** A row of a "largest employers" table: share of the occupation's jobs, in percent. */
    public record IndustryShare(int table, int position, String industry, BigDecimal sharePercent) {
    }

    /**
     * A row of a wage-by-industry table: a median annual wage in dollars, or an hourly one in dollars and
     * cents. {@code topCoded} when BLS prints the figure as a ceiling ("$239,200 or more"); {@code wage}
     * is null when BLS prints something that is not a figure.
     */
    public record IndustryWage(int table, int position, String industry, BigDecimal wage, WageUnit unit,
                               boolean topCoded) {
    }

    /** Whether a wage is per year or per hour. */
    public enum WageUnit {
        ANNUAL,
        HOURLY
    }

    /**
     * A bar chart. Wage charts have {@code unit} ANNUAL or HOURLY (from the subtitle), outlook charts
     * null (values are percent changes). {@code notes} are the lines of its footer ("Note: ...",
     * "Source: ..."), in order.
     */
    public record Chart(String title, String subtitle, WageUnit unit, List<ChartBar> bars, List<String> notes) {
    }

    /**
     * One bar. {@code subject} marks the profile's own occupation: the bar BLS draws in light blue,
     * else the bar labelled with the profile's plural noun, else the first. A top-coded value is a
     * sentence instead of a number: then {@code value} is null and {@code note} holds the sentence.
     */
    public record ChartBar(int position, String label, BigDecimal value, String note, boolean subject) {
    }

    /**
     * A row of the projections table. {@code socCode} is null for aggregate rows (BLS prints a dash);
     * {@code level} is 0 for a top row, 1 and 2 for sub-rows ({@code p.sub1}, {@code p.sub2}).
     */
    public record Projection(int position, String title, String socCode, Integer employmentBase,
            Integer employmentProjected, Integer changePercent, Integer changeNumeric, int level, String dataUrl) {
    }

    /**
     * A row of the Similar Occupations table. {@code ref} is the group and slug of the linked profile
     * (null when the link is not an /ooh/{group}/{slug}.htm address), {@code blsUrl} the absolute BLS
     * address of that profile (the link to keep when the profile is not in the file). {@code otherName}
     * is the name on the row's image when it differs from the title. Pay is top-coded as 9999999 in
     * the span's title, pay BLS does not have as 0: then {@code medianPayAnnual} is null and {@code payNote}
     * holds the printed text ("$239,200 or more", "The annual wage is not available.").
     */
    public record SimilarOccupation(int position, String title, ProfileRef ref, String blsUrl, String otherName,
            String duties, String educationText, EducationLevel education, Integer medianPayAnnual, String payNote) {
    }

    /**
     * A State &amp; Area resource: the h3 title, the description paragraph, and its link: the first link
     * of the list under it, else the first link of its text. {@code links} holds every link of the section.
     */
    public record StateAreaResource(int position, String title, String description, String linkText, String url,
            List<Link> links) {
    }

    /**
     * A link of the More Information tab with the sentence that introduces it: the words before it in
     * its paragraph, else the paragraph before it. {@code blockPosition} is the position of the tab's
     * narrative block the link sits in.
     */
    public record Contact(int position, String introduction, String organization, String url, int blockPosition) {
    }

    /** A link: its text and absolute address. */
    public record Link(String text, String url) {
    }

    /**
     * A table of the narrative that is none of the known exhibits, kept as text cells: its caption,
     * header rows (thead), body rows, and notes (the text of tfoot rows).
     */
    public record DataTable(Tab tab, int table, String caption, List<List<String>> headerRows,
            List<List<String>> rows, List<String> notes) {
    }
}
