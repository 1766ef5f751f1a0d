package org.handbook.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.handbook.occupation.BlockKind;
import org.handbook.occupation.Tab;
import org.handbook.importer.ImportedProfile.Contact;
import org.handbook.importer.ImportedProfile.Link;
import org.handbook.importer.ImportedProfile.StateAreaResource;
import org.handbook.importer.NarrativeWalker.Kind;
import org.handbook.importer.NarrativeWalker.Piece;
import org.jsoup.nodes.Element;

/**
 * The two tabs whose bodies are lists of resources rather than prose: State &amp; Area Data (one
 * resource per h3 section) and More Information (paragraphs with their links, then O*NET).
 * What fits neither shape stays a narrative block of the tab, so no sentence is lost.
 */
final class SectionParsers {

    private static final Pattern ONET_HEADING = Pattern.compile("^O\\*NET\\b.*");

    private final MappingContext context;

    SectionParsers(MappingContext context) {
        this.context = context;
    }

    void stateAndArea(String element, Element body) {
        String title = null;
        List<String> description = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        Link primary = null;
        for (Piece piece : NarrativeWalker.walk(body)) {
            if (piece.kind() == Kind.HEADING) {
                addResource(title, description, links, primary);
                title = piece.text();
                description.clear();
                links.clear();
                primary = null;
                continue;
            }
            if (title == null || piece.kind() == Kind.TABLE) {
                loose(Tab.STATE_AND_AREA_DATA, element, piece);
                continue;
            }
            List<Link> found = links(piece.content());
            links.addAll(found);
            if (piece.kind() == Kind.LIST_ITEM && primary == null && !found.isEmpty()) {
                primary = found.get(0);
            }
            else if (piece.kind() == Kind.PARAGRAPH || piece.kind() == Kind.LIST_ITEM) {
                description.add(piece.text());
            }
        }
        addResource(title, description, links, primary);
    }

    private void addResource(String title, List<String> description, List<Link> links, Link primary) {
        if (title == null) {
            return;
        }
        Link link = primary != null ? primary : links.isEmpty() ? null : links.get(0);
        context.stateAreaResources.add(new StateAreaResource(context.stateAreaResources.size() + 1, title,
                description.isEmpty() ? null : String.join(" ", description),
                link == null ? null : link.text(), link == null ? null : link.url(), List.copyOf(links)));
    }

    /**
     * Every heading, paragraph and list item of the tab is a narrative block, in BLS's order; each link
     * is a contact placed in the block it sits in, so the words around it ("visit CareerOneStop.",
     * "(PDF)") stay where BLS prints them. The links under the O*NET heading are the O*NET links.
     */
    void moreInformation(String element, Element body) {
        boolean onet = false;
        String introduction = null;
        for (Piece piece : NarrativeWalker.walk(body)) {
            if (piece.kind() == Kind.HEADING) {
                onet = ONET_HEADING.matcher(piece.text()).matches();
                if (!onet) {
                    context.block(Tab.MORE_INFORMATION, BlockKind.HEADING, null, piece.text());
                }
                introduction = null;
                continue;
            }
            if (piece.kind() == Kind.TABLE) {
                loose(Tab.MORE_INFORMATION, element, piece);
                continue;
            }
            List<Link> found = links(piece.content());
            if (onet && !found.isEmpty()) {
                context.onetLinks.addAll(found);
                continue;
            }
            // a list item with a link is drawn as a paragraph: the site draws links in paragraphs only
            BlockKind kind = piece.kind() == Kind.LIST_ITEM && found.isEmpty() ? BlockKind.LIST_ITEM : BlockKind.PARAGRAPH;
            int position = context.block(Tab.MORE_INFORMATION, kind, null, piece.text());
            if (found.isEmpty()) {
                // "For a career video on athletic trainers, visit": it introduces the links that follow
                introduction = piece.text();
                continue;
            }
            int at = piece.text().indexOf(found.get(0).text());
            String before = at > 0 ? piece.text().substring(0, at).strip() : "";
            for (Link link : found) {
                context.contacts.add(new Contact(context.contacts.size() + 1,
                        before.isEmpty() ? introduction : before, link.text(), link.url(), position));
            }
        }
    }

    private void loose(Tab tab, String element, Piece piece) {
        switch (piece.kind()) {
            case HEADING -> context.block(tab, BlockKind.HEADING, null, piece.text());
            case LIST_ITEM -> context.block(tab, BlockKind.LIST_ITEM, null, piece.text());
            case PARAGRAPH -> context.block(tab, BlockKind.PARAGRAPH, null, piece.text());
            case TABLE -> context.warn(element, "a table outside the known layout; ignored");
        }
    }

    /** The links of a piece that lead somewhere (http or https), with their text. */
    private static List<Link> links(Element element) {
        if (element == null) {
            return List.of();
        }
        List<Link> links = new ArrayList<>();
        for (Element anchor : element.select("a[href]")) {
            String text = HtmlText.text(anchor);
            String url = HtmlText.absoluteHref(anchor);
            if (!text.isEmpty() && url != null) {
                links.add(new Link(text, url));
            }
        }
        return links;
    }
}
