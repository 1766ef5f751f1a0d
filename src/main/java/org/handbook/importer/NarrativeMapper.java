package org.handbook.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.handbook.occupation.BlockKind;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.Exhibit;
import org.handbook.occupation.Tab;
import org.handbook.importer.ImportedProfile.DataTable;
import org.handbook.importer.ImportedProfile.IndustryShare;
import org.handbook.importer.ImportedProfile.IndustryWage;
import org.handbook.importer.ImportedProfile.SimilarOccupation;
import org.handbook.importer.ImportedProfile.WageUnit;
import org.handbook.importer.NarrativeWalker.Piece;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Turns a tab's body into narrative blocks and the tables placed in it: the largest-employers table
 * (Work Environment), wage-by-industry tables (Pay), the Similar Occupations table, and any other
 * table as a {@link DataTable}.
 */
final class NarrativeMapper {

    private static final Set<String> LABEL_TAGS = Set.of("strong", "b", "em", "i");
    private static final Set<String> BOLD_TAGS = Set.of("strong", "b");
    /** "$239,200 or more": BLS's ceiling for wages, printed where a wage is above it. */
    private static final Pattern TOP_CODED_WAGE = Pattern.compile("^\\$?([\\d,]+) or more$");
    /**
     * The sentence BLS puts before a largest-employers or wage-by-industry table names whom the table is
     * about: "The median annual wages for anesthesiologists in the top industries in which they worked
     * were as follows:", "The largest employers of registered nurses were as follows:".
     */
    private static final Pattern TABLE_SUBJECT = Pattern.compile(
            "(?i)(?:wages? (?:for|of)|largest employers of) (.+?) (?:in the top industries|were as follows)");

    private final MappingContext context;

    NarrativeMapper(MappingContext context) {
        this.context = context;
    }

    void map(Tab tab, String element, Element body) {
        for (Piece piece : NarrativeWalker.walk(body)) {
            switch (piece.kind()) {
                case HEADING -> context.block(tab, BlockKind.HEADING, null, piece.text());
                case LIST_ITEM -> context.block(tab, BlockKind.LIST_ITEM, null, piece.text());
                case PARAGRAPH -> paragraph(tab, piece);
                case TABLE -> table(tab, element, piece.element());
            }
        }
        body.select("a[href][title]").forEach(link -> ProfileRef.fromHref(link.attr("href"))
                .ifPresent(ref -> context.namedLink(link.attr("title"), ref)));
    }

    private void paragraph(Tab tab, Piece piece) {
        Optional<String> label = Optional.ofNullable(piece.element()).flatMap(NarrativeMapper::qualityLabel);
        if (label.isPresent() && piece.text().startsWith(label.get())) {
            String rest = piece.text().substring(label.get().length()).strip();
            if (!rest.isEmpty()) {
                context.block(tab, BlockKind.QUALITY, label.get(), rest);
                return;
            }
        }
        context.block(tab, BlockKind.PARAGRAPH, Optional.ofNullable(piece.element())
                .flatMap(NarrativeMapper::leadName).filter(piece.text()::startsWith).orElse(null), piece.text());
    }

    /**
     * The bold name a paragraph opens with when it is not an important quality: BLS writes the
     * kinds of an occupation this way ("<strong>Cardiac sonographers</strong> specialize in ..."),
     * and search reads them as names of the occupation.
     */
    static Optional<String> leadName(Element paragraph) {
        Node first = firstMeaningful(paragraph);
        if (!(first instanceof Element lead) || !BOLD_TAGS.contains(lead.normalName())) {
            return Optional.empty();
        }
        String text = HtmlText.text(lead);
        return text.isEmpty() || text.endsWith(".") || text.endsWith(":") ? Optional.empty() : Optional.of(text);
    }

    /**
     * An important quality opens with a bold or italic label that ends in a period
     * ("<strong><em>Integrity.</em></strong> ..."); a bold name without the period
     * ("<strong><em>Medical registrars</em></strong> create ...") is ordinary prose.
     */
    static Optional<String> qualityLabel(Element paragraph) {
        Node first = firstMeaningful(paragraph);
        if (!(first instanceof Element label) || !LABEL_TAGS.contains(label.normalName())) {
            return Optional.empty();
        }
        String text = HtmlText.text(label);
        return text.endsWith(".") ? Optional.of(text) : Optional.empty();
    }

    private static Node firstMeaningful(Element element) {
        for (Node node : element.childNodes()) {
            if (node instanceof Comment) {
                continue;
            }
            if (node instanceof TextNode text && HtmlText.clean(text.getWholeText()).isEmpty()) {
                continue;
            }
            if (node instanceof Element child && child.normalName().equals("span") && child.childNodeSize() > 0
                    && firstMeaningful(child) instanceof Element inner) {
                return inner;
            }
            return node;
        }
        return null;
    }

    private void table(Tab tab, String element, Element table) {
        if (table.hasClass("ooh-tab-table") && tab == Tab.WORK_ENVIRONMENT && isShareTable(table)) {
            industryEmployment(tab, element, table);
        }
        else if (table.hasClass("ooh-tab-table") && tab == Tab.PAY) {
            industryWages(tab, element, table);
        }
        else if (tab == Tab.SIMILAR_OCCUPATIONS && isSimilarOccupationsTable(table)) {
            similarOccupations(tab, element, table);
        }
        else {
            dataTable(tab, table);
        }
    }

    /** A largest-employers table gives shares: its first figure is a percentage ("46%"). */
    private static boolean isShareTable(Element table) {
        return bodyRows(table).stream().map(row -> row.select("> td, > th")).filter(cells -> cells.size() >= 2)
                .findFirst().map(cells -> HtmlText.text(cells.get(1)).endsWith("%")).orElse(false);
    }

    /** Whom the table about to be placed is about, from the sentence before it, or null. */
    private String tableSubject(Tab tab) {
        String before = context.lastText(tab);
        Matcher matcher = before == null ? null : TABLE_SUBJECT.matcher(before);
        return matcher != null && matcher.find() ? matcher.group(1) : null;
    }

    private void industryEmployment(Tab tab, String element, Element table) {
        int number = context.exhibit(tab, Exhibit.INDUSTRY_EMPLOYMENT.name(), tableSubject(tab));
        int position = 0;
        for (Element row : bodyRows(table)) {
            Elements cells = row.select("> td, > th");
            if (cells.size() < 2) {
                continue;
            }
            String industry = HtmlText.text(cells.get(0));
            BigDecimal share = number(element, industry, cells.get(1));
            position++;
            context.industryEmployment.add(new IndustryShare(number, position, industry, share));
        }
    }

    private void industryWages(Tab tab, String element, Element table) {
        int number = context.exhibit(tab, Exhibit.INDUSTRY_WAGES.name(), tableSubject(tab));
        List<String[]> rows = new ArrayList<>();
        for (Element row : bodyRows(table)) {
            Elements cells = row.select("> td, > th");
            if (cells.size() >= 2) {
                rows.add(new String[] {HtmlText.text(cells.get(0)), HtmlText.text(cells.get(1))});
            }
        }
        // BLS prints hourly wages with cents ("$30.10") and annual ones without; one table has one unit.
        WageUnit unit = rows.stream().anyMatch(row -> row[1].contains(".")) ? WageUnit.HOURLY : WageUnit.ANNUAL;
        int position = 0;
        for (String[] row : rows) {
            position++;
            Matcher topCoded = TOP_CODED_WAGE.matcher(row[1]);
            BigDecimal wage = topCoded.matches() ? new BigDecimal(topCoded.group(1).replace(",", ""))
                    : number(element, row[0], row[1]);
            context.industryWages.add(new IndustryWage(number, position, row[0], wage, unit, topCoded.matches()));
        }
    }

    private BigDecimal number(String element, String rowName, Element cell) {
        return number(element, rowName, HtmlText.text(cell));
    }

    private BigDecimal number(String element, String rowName, String text) {
        try {
            return HtmlText.decimal(text).orElse(null);
        }
        catch (NumberFormatException ex) {
            context.warn(element, "row \"" + rowName + "\": " + ex.getMessage() + "; kept as absent");
            return null;
        }
    }

    private static boolean isSimilarOccupationsTable(Element table) {
        String header = HtmlText.clean(table.select("thead th, tr:first-child th").text());
        return header.contains("Occupation") && header.contains("Job Duties");
    }

    private void similarOccupations(Tab tab, String element, Element table) {
        // BLS heads the pay column with its period ("Median Annual Pay, May 2024"): kept as the exhibit's text.
        List<Element> headings = table.select("thead th");
        String payHeading = headings.size() < 5 ? null : emptyToNull(HtmlText.text(headings.get(4)));
        context.exhibit(tab, Exhibit.SIMILAR_OCCUPATIONS.name(), payHeading);
        int position = 0;
        for (Element row : bodyRows(table)) {
            Elements cells = row.select("> td");
            if (cells.size() < 5) {
                continue;
            }
            Element link = cells.get(1).selectFirst("a[href]");
            String title = HtmlText.text(link != null ? link : cells.get(1));
            if (title.isEmpty()) {
                continue;
            }
            position++;
            ProfileRef ref = link == null ? null : ProfileRef.fromHref(link.attr("href")).orElse(null);
            String blsUrl = ref != null ? ref.blsUrl() : link == null ? null : HtmlText.absoluteHref(link);
            if (ref != null) {
                context.namedLink(title, ref);
            }
            Element image = cells.get(0).selectFirst("img[alt]");
            String otherName = image == null ? null : HtmlText.clean(image.attr("alt"));
            if (otherName != null && (otherName.isEmpty() || otherName.equalsIgnoreCase(title))) {
                otherName = null;
            }
            String educationText = educationText(cells.get(3));
            EducationLevel education = Labels.find(EducationLevel.class, educationText).orElse(null);
            if (education == null && educationText != null && !educationText.startsWith("See ")) {
                context.warn(element, "similar occupation \"" + title + "\": unknown education \""
                        + educationText + "\"; kept as text only");
            }
            // The span's title is a sort key ("58250", "9999999 $239,200 or more", "0 The annual wage is not
            // available."); what BLS prints is the span's text: a figure, or words kept as the pay note.
            Element paySpan = cells.get(4).selectFirst("span[title]");
            String printed = HtmlText.text(paySpan != null ? paySpan : cells.get(4));
            Integer pay = null;
            String payNote = null;
            try {
                pay = HtmlText.decimal(printed).map(BigDecimal::intValue).orElse(null);
            }
            catch (NumberFormatException ex) {
                payNote = printed;
            }
            context.similarOccupations.add(new SimilarOccupation(position, title, ref, blsUrl, otherName,
                    emptyToNull(HtmlText.text(cells.get(2))), educationText, education, pay,
                    emptyToNull(payNote)));
        }
    }

    private static String educationText(Element cell) {
        Element span = cell.selectFirst("span[title]");
        String text = HtmlText.text(span != null ? span : cell);
        if (text.isEmpty() && span != null) {
            text = HtmlText.clean(span.attr("title")).replaceFirst("^\\d+\\.\\s*", "");
        }
        return emptyToNull(text);
    }

    private void dataTable(Tab tab, Element table) {
        int number = context.exhibit(tab, Exhibit.DATA_TABLES.name());
        Element caption = table.selectFirst("caption");
        List<List<String>> header = new ArrayList<>();
        table.select("> thead > tr").forEach(row -> header.add(cells(row)));
        List<List<String>> rows = new ArrayList<>();
        bodyRows(table).forEach(row -> rows.add(cells(row)));
        List<String> notes = new ArrayList<>();
        table.select("> tfoot > tr").forEach(row -> {
            String text = HtmlText.text(row);
            if (!text.isEmpty()) {
                notes.add(text);
            }
        });
        context.tables.add(new DataTable(tab, number, caption == null ? null : emptyToNull(HtmlText.text(caption)),
                List.copyOf(header), List.copyOf(rows), List.copyOf(notes)));
    }

    private static List<String> cells(Element row) {
        return row.select("> th, > td").stream().map(HtmlText::text).toList();
    }

    /** Rows of the table body (tbody, or bare rows), not of thead or tfoot. */
    static List<Element> bodyRows(Element table) {
        List<Element> rows = new ArrayList<>(table.select("> tbody > tr"));
        rows.addAll(table.select("> tr"));
        return rows;
    }

    private static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
