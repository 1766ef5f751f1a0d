package org.handbook.occupation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.handbook.occupation.ProfileView.Bar;
import org.handbook.occupation.ProfileView.Block;
import org.handbook.occupation.ProfileView.Chart;
import org.handbook.occupation.ProfileView.ContactLink;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.ProfileView.IndustryPay;
import org.handbook.occupation.ProfileView.IndustryShare;
import org.handbook.occupation.ProfileView.OccupationSummary;
import org.handbook.occupation.ProfileView.OnetRef;
import org.handbook.occupation.ProfileView.Projection;
import org.handbook.occupation.ProfileView.Resource;
import org.handbook.occupation.ProfileView.Segment;
import org.handbook.system.Figures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads occupational profiles for the pages, the embeds and the API alike. */
@Service
@Transactional(readOnly = true)
public class ProfileService {

    /**
     * How BLS names an edition ("2022-32"). Anything else cannot name one, and is refused before it
     * reaches the database (PostgreSQL rejects some characters, such as NUL, with an error).
     */
    private static final Pattern EDITION_CODE = Pattern.compile("\\d{4}-\\d{2}");
    /** The ceiling a top-coded bar's sentence names: "... equal to or greater than $239,200 per year." */
    private static final Pattern CEILING = Pattern.compile("\\$([\\d,]+(?:\\.\\d+)?)");
    /** Where the last sentence of a paragraph starts: after a full stop and a space, before a capital. */
    private static final Pattern LAST_SENTENCE = Pattern.compile("[.!?]\\s+(?=[A-Z][^.!?]*$)");

    private final OccupationRepository occupations;
    private final Figures figures;

    public ProfileService(OccupationRepository occupations, Figures figures) {
        this.occupations = occupations;
        this.figures = figures;
    }

    /** The current profile with this slug, whatever its group. */
    public Optional<ProfileView> findProfile(String slug) {
        return occupations.findBySlugAndCurrentTrue(slug).map(this::toView);
    }

    /** The current profile, or {@link OccupationNotFoundException}. */
    public ProfileView profile(String slug) {
        return findProfile(slug).orElseThrow(() -> new OccupationNotFoundException(slug));
    }

    /**
     * The profile as the named edition published it ("2022-32"), the current one when {@code edition}
     * is null; {@link OccupationNotFoundException} when that edition has no such profile.
     */
    public ProfileView profile(String slug, String edition) {
        if (edition == null) {
            return profile(slug);
        }
        if (!EDITION_CODE.matcher(edition).matches()) {
            throw new OccupationNotFoundException(slug);
        }
        return occupations.findBySlugAndEditionCode(slug, edition).map(this::toView)
                .orElseThrow(() -> new OccupationNotFoundException(slug));
    }

    private ProfileView.EditionRef editionOf(Occupation o) {
        Edition edition = o.getEdition();
        return new ProfileView.EditionRef(edition.getCode(), edition.getReferencePeriod(),
                figures.period(edition.getBaseYear(), edition.getProjectionYear()), o.isCurrent(), o.isProfileLoaded());
    }

    /** The quick facts that changed since the previous edition of this profile that was loaded. */
    private ProfileView.Changes changes(Occupation o, List<Occupation> editions) {
        Occupation previous = null;
        for (Occupation other : editions) {
            if (other.getEdition().getId() < o.getEdition().getId() && other.isProfileLoaded()) {
                previous = other;
            }
        }
        if (previous == null || !o.isProfileLoaded()) {
            return ProfileView.Changes.NONE;
        }
        List<ProfileView.Change> facts = new ArrayList<>();
        change(facts, "Median pay, per year", figures.dollars(previous.getMedianPayAnnual()),
                figures.dollars(o.getMedianPayAnnual()));
        change(facts, "Median pay, per hour", figures.dollarsAndCents(previous.getMedianPayHourly()),
                figures.dollarsAndCents(o.getMedianPayHourly()));
        change(facts, "Typical entry-level education", figures.label(previous.getEntryEducation()),
                figures.label(o.getEntryEducation()));
        change(facts, "Work experience in a related occupation", figures.label(previous.getWorkExperience()),
                figures.label(o.getWorkExperience()));
        change(facts, "Typical on-the-job training", figures.label(previous.getOnTheJobTraining()),
                figures.label(o.getOnTheJobTraining()));
        change(facts, "Number of jobs", figures.count(previous.getEmployment()), figures.count(o.getEmployment()));
        change(facts, "Job outlook", outlook(previous), outlook(o));
        change(facts, "Employment change", figures.count(previous.getEmploymentChange()),
                figures.count(o.getEmploymentChange()));
        return new ProfileView.Changes(editionOf(previous), List.copyOf(facts));
    }

    private String outlook(Occupation o) {
        if (o.getOutlookPercent() == null) {
            return figures.label(o.getOutlookDescriptor());
        }
        String percent = figures.percent(o.getOutlookPercent());
        return o.getOutlookDescriptor() == null ? percent : percent + " (" + figures.label(o.getOutlookDescriptor()) + ")";
    }

    private static void change(List<ProfileView.Change> facts, String fact, String before, String after) {
        String was = before == null || before.isEmpty() ? "-" : before;
        String now = after == null || after.isEmpty() ? "-" : after;
        if (!was.equals(now)) {
            facts.add(new ProfileView.Change(fact, was, now));
        }
    }

    public static OccupationSummary summarize(Occupation occupation) {
        return summarize(occupation, null, null);
    }

    /**
     * An occupation as a list shows it; {@code duties} and {@code payNote}, when given, are what the
     * list prints for its job duties and its pay.
     */
    private static OccupationSummary summarize(Occupation occupation, String duties, String payNote) {
        return new OccupationSummary(occupation.getSlug(), occupation.getTitle(), occupation.getOtherName(),
                occupation.getGroup().getSlug(), orElse(duties, occupation.getSummaryDuties()),
                occupation.getEntryEducation(),
                occupation.getMedianPayAnnual(), payNote != null ? payNote : occupation.getMedianPayAnnualNote(),
                occupation.isProfileLoaded(), occupation.getSourceUrl());
    }

    private ProfileView toView(Occupation o) {
        List<Occupation> editions = occupations.findEditionsOf(o.getSlug());
        Map<Tab, List<String>> summaries = new EnumMap<>(Tab.class);
        o.getTabSummaries().forEach(s -> summaries.computeIfAbsent(s.getTab(), t -> new ArrayList<>()).add(s.getText()));
        Map<Tab, String> summaryHeadings = new EnumMap<>(Tab.class);
        o.getTabSummaries().stream().filter(s -> s.getHeading() != null)
                .forEach(s -> summaryHeadings.putIfAbsent(s.getTab(), s.getHeading()));
        String wagesPeriod = figures.monthYear(o.getWagesReferenceDate());
        String projectionPeriod = figures.period(o.getEmploymentBaseYear(), o.getProjectionEndYear());
        boolean hourly = o.getWageComparisons().stream().anyMatch(bar -> bar.getMedianWageHourly() != null);
        return new ProfileView(
                o.getSlug(), o.getTitle(), o.getSingularTitle(), o.getPluralNoun(), o.getOtherName(), o.getSocCode(),
                List.copyOf(o.getSocCodes()), o.isProfileLoaded(),
                new GroupRef(o.getGroup().getSlug(), o.getGroup().getTitle()),
                o.getSummaryDuties(),
                QuickFacts.of(o),
                summaries,
                summaryHeadings,
                narrative(o.getNarrativeBlocks(), o.getContacts()),
                o.getIndustryEmployment().stream()
                        .map(i -> new IndustryShare(i.getTable(), i.getIndustry(), i.getSharePercent())).toList(),
                o.getIndustryWages().stream()
                        .map(i -> new IndustryPay(i.getTable(), i.getIndustry(), i.getMedianWageAnnual(),
                                i.getMedianWageHourly(), i.isTopCoded()))
                        .toList(),
                chart(orElse(o.getWageChartTitle(), o.getTitle()),
                        "Median " + (hourly ? "hourly" : "annual") + " wages, " + wagesPeriod, hourly,
                        o.getWageComparisons(), WageComparison::getLabel, WageComparison::getMedianWage,
                        WageComparison::getNote, WageComparison::isSubject, o.getWageChartNote()),
                chart(orElse(o.getOutlookChartTitle(), o.getTitle()),
                        "Percent change in employment, projected " + projectionPeriod, false,
                        o.getOutlookComparisons(), OutlookComparison::getLabel,
                        OutlookComparison::getPercentChange, row -> null, OutlookComparison::isSubject,
                        o.getOutlookChartNote()),
                o.getProjectionRows().stream()
                        .map(p -> new Projection(p.getTitle(), p.getSocCode(), p.getEmploymentBase(),
                                p.getEmploymentProjected(), p.getChangePercent(), p.getChangeNumeric(),
                                p.getDataUrl()))
                        .toList(),
                o.getStateAreaResources().stream()
                        .map(r -> new Resource(r.getTitle(), r.getDescription(), r.getLinkText(), r.getUrl())).toList(),
                o.getContacts().stream()
                        .map(c -> new ContactLink(c.getIntroduction(), c.getOrganization(), c.getUrl(),
                                c.getBlockPosition() != null)).toList(),
                o.getSimilarOccupations().stream()
                        .map(s -> summarize(s.getSimilar(), s.getDuties(), s.getPayNote())).toList(),
                o.isProfileLoaded() ? List.of()
                        : occupations.findProfilesListingAsSimilar(o.getId()).stream()
                                .map(ProfileService::summarize).toList(),
                dataTables(o.getDataTableCells()),
                o.getWageP10Annual(), o.getWageP90Annual(), o.getOpeningsPerYear(),
                o.getSourceUrl(), o.getVideoTranscriptUrl(),
                o.getOnetLinks().stream().map(link -> new OnetRef(link.getTitle(), link.getUrl())).toList(),
                o.getCitationVisitedDate(), o.getLastModifiedDate(),
                editionOf(o), editions.stream().map(this::editionOf).toList(), changes(o, editions));
    }

    private static Map<Tab, List<Block>> narrative(List<NarrativeBlock> rows, List<Contact> contacts) {
        Map<Integer, List<Contact>> links = new LinkedHashMap<>();
        contacts.stream().filter(c -> c.getBlockPosition() != null)
                .forEach(c -> links.computeIfAbsent(c.getBlockPosition(), p -> new ArrayList<>()).add(c));
        Map<Tab, List<Block>> byTab = new EnumMap<>(Tab.class);
        Map<Tab, Map<Exhibit, Integer>> tables = new EnumMap<>(Tab.class);
        for (NarrativeBlock row : rows) {
            List<Block> blocks = byTab.computeIfAbsent(row.getTab(), t -> new ArrayList<>());
            Block previous = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            if (row.getKind() == BlockKind.LIST_ITEM && previous != null && previous.kind() == BlockKind.LIST_ITEM) {
                previous.items().add(row.getText());
            } else if (row.getKind() == BlockKind.LIST_ITEM) {
                blocks.add(block(BlockKind.LIST_ITEM, null, null, new ArrayList<>(List.of(row.getText())), null, 0));
            } else if (row.getKind() == BlockKind.EXHIBIT) {
                Exhibit exhibit = Exhibit.valueOf(row.getLabel());
                int table = tables.computeIfAbsent(row.getTab(), t -> new EnumMap<>(Exhibit.class))
                        .merge(exhibit, 1, Integer::sum);
                String caption = null;
                if (introducesTable(exhibit, previous)) {
                    blocks.remove(blocks.size() - 1);
                    Matcher start = LAST_SENTENCE.matcher(previous.text());
                    if (start.find()) {
                        blocks.add(block(BlockKind.PARAGRAPH, null, previous.text().substring(0, start.start() + 1),
                                List.of(), null, 0));
                        caption = previous.text().substring(start.end());
                    } else {
                        caption = previous.text();
                    }
                }
                blocks.add(new Block(row.getKind(), row.getLabel(), row.getText(), List.of(), exhibit, table, caption,
                        List.of()));
            } else if (row.getTab() == Tab.MORE_INFORMATION && links.containsKey(row.getPosition())) {
                blocks.add(new Block(row.getKind(), row.getLabel(), row.getText(), List.of(), null, 0, null,
                        segments(row.getText(), links.get(row.getPosition()))));
            } else {
                blocks.add(block(row.getKind(), row.getLabel(), row.getText(), List.of(), null, 0));
            }
        }
        byTab.replaceAll((tab, blocks) -> blocks.stream()
                .map(b -> new Block(b.kind(), b.label(), b.text(), List.copyOf(b.items()), b.exhibit(), b.table(),
                        b.caption(), b.segments()))
                .toList());
        return byTab;
    }

    private static Block block(BlockKind kind, String label, String text, List<String> items, Exhibit exhibit,
                               int table) {
        return new Block(kind, label, text, items, exhibit, table, null, List.of());
    }

    /**
     * Whether a paragraph is BLS's sentence introducing the table after it ("In May 2024, the median
     * annual wages for athletic trainers in the top industries in which they worked were as follows:").
     * It says what the table holds, so it is the table's caption, and is not shown twice.
     */
    private static boolean introducesTable(Exhibit exhibit, Block previous) {
        return (exhibit == Exhibit.INDUSTRY_WAGES || exhibit == Exhibit.INDUSTRY_EMPLOYMENT
                || exhibit == Exhibit.DATA_TABLES) && previous != null
                && previous.kind() == BlockKind.PARAGRAPH && previous.text() != null
                && previous.text().strip().endsWith(":");
    }

    /** A paragraph's text cut at its links, in order; a link whose words are not found is added at the end. */
    private static List<Segment> segments(String text, List<Contact> links) {
        List<Segment> segments = new ArrayList<>();
        int from = 0;
        for (Contact link : links) {
            int at = text.indexOf(link.getOrganization(), from);
            if (at < 0) {
                segments.add(new Segment(" ", null));
                segments.add(new Segment(link.getOrganization(), link.getUrl()));
                continue;
            }
            if (at > from) {
                segments.add(new Segment(text.substring(from, at), null));
            }
            segments.add(new Segment(link.getOrganization(), link.getUrl()));
            from = at + link.getOrganization().length();
        }
        if (from < text.length()) {
            segments.add(new Segment(text.substring(from), null));
        }
        return List.copyOf(segments);
    }

    /** The tables of other data, cell rows gathered into rows of their part, tab by tab in order. */
    private static List<ProfileView.DataTable> dataTables(List<DataTableCell> cells) {
        Map<String, List<DataTableCell>> byTable = new LinkedHashMap<>();
        cells.forEach(cell -> byTable.computeIfAbsent(cell.getTab() + "/" + cell.getTable(), k -> new ArrayList<>())
                .add(cell));
        List<ProfileView.DataTable> tables = new ArrayList<>();
        for (List<DataTableCell> table : byTable.values()) {
            Map<DataTableCell.Part, Map<Integer, List<String>>> parts = new EnumMap<>(DataTableCell.Part.class);
            for (DataTableCell cell : table) {
                parts.computeIfAbsent(cell.getPart(), p -> new TreeMap<>())
                        .computeIfAbsent(cell.getRowIndex(), r -> new ArrayList<>()).add(cell.getText());
            }
            List<List<String>> head = rowsOf(parts, DataTableCell.Part.HEAD);
            List<List<String>> body = rowsOf(parts, DataTableCell.Part.BODY);
            int columns = Stream.concat(head.stream(), body.stream())
                    .mapToInt(List::size).max().orElse(1);
            List<String> caption = rowsOf(parts, DataTableCell.Part.CAPTION).stream().flatMap(List::stream).toList();
            List<String> notes = rowsOf(parts, DataTableCell.Part.NOTE).stream().flatMap(List::stream).toList();
            DataTableCell first = table.get(0);
            tables.add(new ProfileView.DataTable(first.getTab(), first.getTable(),
                    caption.isEmpty() ? null : caption.get(0),
                    head.stream().map(row -> cells(row, columns, false)).toList(),
                    body.stream().map(row -> cells(row, columns, true)).toList(), notes, columns));
        }
        return List.copyOf(tables);
    }

    private static List<List<String>> rowsOf(Map<DataTableCell.Part, Map<Integer, List<String>>> parts,
                                             DataTableCell.Part part) {
        return List.copyOf(parts.getOrDefault(part, Map.of()).values());
    }

    /**
     * A row's cells as drawn: every cell of a header row is a header, the first cell of a body row is
     * its row header (unless the row is one cell, a section row); the last cell spans what is missing.
     */
    private static List<ProfileView.Cell> cells(List<String> row, int columns, boolean body) {
        List<ProfileView.Cell> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String text = row.get(i);
            boolean header = !text.isEmpty() && (!body || (i == 0 && row.size() > 1));
            int colspan = i == row.size() - 1 ? columns - row.size() + 1 : 1;
            cells.add(new ProfileView.Cell(text, header, colspan));
        }
        return List.copyOf(cells);
    }

    private static <T> Chart chart(String title, String subtitle, boolean hourly, List<T> rows,
                                   Function<T, String> label, Function<T, Number> value,
                                   Function<T, String> note, Predicate<T> subject, String notes) {
        double largest = Stream.concat(rows.stream().map(value),
                        rows.stream().filter(row -> value.apply(row) == null).map(note).map(ProfileService::ceiling))
                .filter(v -> v != null).mapToDouble(v -> Math.abs(v.doubleValue())).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int top = 0;
        for (T row : rows) {
            Number v = value.apply(row);
            Number drawn = v != null ? v : ceiling(note.apply(row));
            int length = drawn == null || largest == 0 ? 0
                    : Math.max(2, Math.round(Math.abs(drawn.floatValue()) * Chart.BAR_SPACE / (float) largest));
            Bar bar = new Bar(label.apply(row), v, note.apply(row), length, subject.test(row), top);
            bars.add(bar);
            top = bar.bottom();
        }
        return new Chart(title, subtitle, hourly, List.copyOf(bars),
                notes == null ? List.of() : List.of(notes.split("\n")));
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }

    /** The figure a top-coded bar's sentence names as the ceiling, or null. */
    private static Number ceiling(String note) {
        Matcher figure = note == null ? null : CEILING.matcher(note);
        return figure != null && figure.find() ? Double.valueOf(figure.group(1).replace(",", "")) : null;
    }
}
