package org.handbook.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.handbook.importer.ImportedProfile.Chart;
import org.handbook.importer.ImportedProfile.ChartBar;
import org.handbook.importer.ImportedProfile.WageUnit;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads a CMS bar graph ({@code div.ooh-chart}): its h3 title, its first paragraph as subtitle, one
 * bar per {@code dt}/{@code dd} pair, and the lines of its footer paragraph (split at its line breaks). The bars' positions and colours are layout and are dropped.
 */
final class ChartParser {

    /** The colour BLS gives the profile's own occupation. */
    private static final String SUBJECT_COLOUR = "cms-bar-color-light-blue";

    private final MappingContext context;

    ChartParser(MappingContext context) {
        this.context = context;
    }

    /** The chart, or null when the element holds none. */
    Chart parse(String element, String html, String subjectLabel, boolean wages) {
        Document document = HtmlText.parse(html);
        Element chart = document.selectFirst("div.ooh-chart");
        Element list = chart == null ? null : chart.selectFirst("dl");
        if (list == null) {
            if (!HtmlText.text(document.body()).isEmpty()) {
                context.warn(element, "no bar chart (div.ooh-chart with a dl) in it; ignored");
            }
            return null;
        }
        Element title = chart.selectFirst("h3");
        Element subtitle = chart.selectFirst("p:not(.footer)");
        String subtitleText = subtitle == null ? null : HtmlText.text(subtitle);
        List<Element> terms = list.select("> dt");
        List<ChartBar> bars = new ArrayList<>();
        int subjectIndex = -1;
        for (Element term : terms) {
            String label = HtmlText.text(term);
            Element value = term.nextElementSibling();
            if (label.isEmpty() || value == null || !value.normalName().equals("dd")) {
                continue;
            }
            String valueText = HtmlText.text(value);
            BigDecimal number = null;
            String note = null;
            try {
                number = HtmlText.decimal(valueText).orElse(null);
            }
            catch (NumberFormatException ex) {
                note = valueText;
                context.warn(element, "bar \"" + label + "\" has no figure but \"" + valueText
                        + "\" (top-coded); kept as a note");
            }
            if (subjectIndex < 0 && value.selectFirst("." + SUBJECT_COLOUR) != null) {
                subjectIndex = bars.size();
            }
            bars.add(new ChartBar(bars.size() + 1, label, number, note, false));
        }
        if (bars.isEmpty()) {
            context.warn(element, "the chart has no bars; ignored");
            return null;
        }
        if (subjectIndex < 0) {
            subjectIndex = Math.max(0, indexOfLabel(bars, subjectLabel));
        }
        List<ChartBar> marked = new ArrayList<>();
        for (int i = 0; i < bars.size(); i++) {
            ChartBar bar = bars.get(i);
            marked.add(new ChartBar(bar.position(), bar.label(), bar.value(), bar.note(), i == subjectIndex));
        }
        WageUnit unit = !wages ? null
                : subtitleText != null && subtitleText.toLowerCase(Locale.ROOT).contains("hourly") ? WageUnit.HOURLY
                : WageUnit.ANNUAL;
        return new Chart(title == null ? null : HtmlText.text(title), subtitleText, unit, List.copyOf(marked),
                footerLines(chart.selectFirst("p.footer")));
    }

    private static List<String> footerLines(Element footer) {
        if (footer == null) {
            return List.of();
        }
        footer.select("br").forEach(br -> br.after("\n"));
        List<String> lines = new ArrayList<>();
        for (String line : footer.wholeText().split("\n")) {
            String text = HtmlText.clean(line);
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return List.copyOf(lines);
    }

    private static int indexOfLabel(List<ChartBar> bars, String label) {
        for (int i = 0; i < bars.size(); i++) {
            if (bars.get(i).label().equalsIgnoreCase(label)) {
                return i;
            }
        }
        return -1;
    }
}
