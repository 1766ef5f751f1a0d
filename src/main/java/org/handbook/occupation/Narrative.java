package org.handbook.occupation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.occupation.ProfileView.Block;
import org.handbook.occupation.ProfileView.Segment;

/** A profile's narrative rows as the templates draw them, tab by tab. */
final class Narrative {

    /** Where the last sentence of a paragraph starts: after a full stop and a space, before a capital. */
    private static final Pattern LAST_SENTENCE = Pattern.compile("[.!?]\\s+(?=[A-Z][^.!?]*$)");

    private Narrative() {
    }

    static Map<Tab, List<Block>> of(List<NarrativeBlock> rows, List<Contact> contacts) {
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
}
