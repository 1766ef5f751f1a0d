package org.handbook.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Flattens a tab's HTML body into the sequence a reader sees: headings, paragraphs, list items and
 * tables, in document order. Wrappers (div, span, ins, font...) are looked through; runs of loose
 * inline content become one paragraph; comments, images and line breaks carry no block.
 */
final class NarrativeWalker {

    enum Kind {
        HEADING,
        PARAGRAPH,
        LIST_ITEM,
        TABLE
    }

    /**
     * One piece of the body; {@code element} is null for a paragraph of loose inline content.
     * {@code content} holds the piece's nodes either way (for loose content, copies under a bare
     * {@code p}), so that links outside any paragraph ("<a>...</a>" straight in the body) are found.
     */
    record Piece(Kind kind, Element element, String text, Element content) {
    }

    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table",
            "div", "section", "article", "blockquote", "dl", "center", "figure", "header", "footer", "aside",
            "nav", "main", "form", "pre", "hr", "li", "dd", "dt", "figcaption");
    private static final Set<String> SILENT = Set.of("br", "img", "hr", "col", "colgroup");

    private final List<Piece> pieces = new ArrayList<>();
    private final StringBuilder loose = new StringBuilder();
    private final Element looseContent = new Element("p");

    private NarrativeWalker() {
    }

    static List<Piece> walk(Element body) {
        NarrativeWalker walker = new NarrativeWalker();
        walker.container(body);
        walker.flush();
        return walker.pieces;
    }

    private void container(Element element) {
        for (Node node : element.childNodes()) {
            if (node instanceof TextNode text) {
                loose.append(text.getWholeText());
                looseContent.appendChild(text.clone());
            }
            else if (node instanceof Element child) {
                element(child);
            }
        }
    }

    private void element(Element element) {
        String name = element.normalName();
        if (SILENT.contains(name)) {
            loose.append(' ');
            return;
        }
        if (!BLOCKS.contains(name) && element.select("*").stream().skip(1)
                .noneMatch(descendant -> BLOCKS.contains(descendant.normalName()))) {
            loose.append(' ').append(element.text()).append(' ');
            looseContent.appendChild(element.clone());
            return;
        }
        flush();
        if (HEADINGS.contains(name)) {
            add(Kind.HEADING, element);
        }
        else if (name.equals("p") || name.equals("dt") || name.equals("dd") || name.equals("figcaption")
                || name.equals("pre")) {
            add(Kind.PARAGRAPH, element);
        }
        else if (name.equals("ul") || name.equals("ol")) {
            for (Element item : element.children()) {
                if (item.normalName().equals("li")) {
                    add(Kind.LIST_ITEM, item);
                }
                else {
                    element(item);
                }
            }
        }
        else if (name.equals("li")) {
            add(Kind.LIST_ITEM, element);
        }
        else if (name.equals("table")) {
            pieces.add(new Piece(Kind.TABLE, element, null, element));
        }
        else {
            container(element);
            flush();
        }
    }

    private void add(Kind kind, Element element) {
        String text = HtmlText.text(element);
        if (!text.isEmpty()) {
            pieces.add(new Piece(kind, element, text, element));
        }
    }

    private void flush() {
        String text = HtmlText.clean(loose.toString());
        loose.setLength(0);
        Element content = looseContent.clone();
        looseContent.empty();
        if (!text.isEmpty()) {
            pieces.add(new Piece(Kind.PARAGRAPH, null, text, content));
        }
    }
}
