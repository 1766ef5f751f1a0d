package org.handbook.importer;

import org.handbook.importer.ImportedProfile.Projection;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads the employment projections table ({@code job_outlook/section_datatable}): per row the title
 * (in th), SOC code (a dash for aggregates), base and projected employment, percent and numeric change,
 * and the "Get data" link. Sub-rows carry {@code p.sub1} or {@code p.sub2} in their title cell.
 */
final class ProjectionParser {

    private final MappingContext context;

    ProjectionParser(MappingContext context) {
        this.context = context;
    }

    /** Reads the rows and returns BLS's caption of the table, or null when it has none. */
    String parse(String element, String html) {
        Document document = HtmlText.parse(html);
        Element table = document.selectFirst("table");
        if (table == null) {
            return null;
        }
        Element caption = table.selectFirst("caption");
        String captionText = caption == null ? "" : HtmlText.text(caption);
        int position = 0;
        for (Element row : NarrativeMapper.bodyRows(table)) {
            Element head = row.selectFirst("> th");
            Elements cells = row.select("> td");
            if (head == null || cells.size() < 5) {
                continue;
            }
            String title = HtmlText.text(head);
            if (title.isEmpty()) {
                continue;
            }
            position++;
            String soc = HtmlText.text(cells.get(0));
            Element link = cells.size() > 5 ? cells.get(5).selectFirst("a[href]") : null;
            context.projections.add(new Projection(position, title,
                    soc.matches("\\d{2}-\\d{4}") ? soc : null,
                    whole(element, title, cells.get(1)),
                    whole(element, title, cells.get(2)),
                    whole(element, title, cells.get(3)),
                    whole(element, title, cells.get(4)),
                    level(head),
                    link == null ? null : HtmlText.absoluteHref(link)));
        }
        return captionText.isEmpty() ? null : captionText;
    }

    private static int level(Element head) {
        if (head.selectFirst(".sub2") != null) {
            return 2;
        }
        return head.selectFirst(".sub1") != null ? 1 : 0;
    }

    private Integer whole(String element, String title, Element cell) {
        String text = HtmlText.text(cell);
        try {
            return HtmlText.wholeNumber(text);
        }
        catch (NumberFormatException ex) {
            context.warn(element, "row \"" + title + "\": " + ex.getMessage() + "; kept as absent");
            return null;
        }
    }
}
