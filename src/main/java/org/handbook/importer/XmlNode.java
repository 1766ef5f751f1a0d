package org.handbook.importer;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One element of a single {@code <occupation>}: its name, attributes, text (CDATA included, untrimmed)
 * and child elements. Only one occupation is held at a time, never the whole file.
 */
public record XmlNode(String name, Map<String, String> attributes, String text, List<XmlNode> children) {

    /** The first child of that name. */
    public Optional<XmlNode> child(String childName) {
        return children.stream().filter(node -> node.name.equals(childName)).findFirst();
    }

    /** Every child of that name, in file order. */
    public List<XmlNode> children(String childName) {
        return children.stream().filter(node -> node.name.equals(childName)).toList();
    }

    /** The descendant at a slash-separated path ({@code qf_median_pay_annual/value}). */
    public Optional<XmlNode> find(String path) {
        Optional<XmlNode> node = Optional.of(this);
        for (String step : path.split("/")) {
            node = node.flatMap(current -> current.child(step));
        }
        return node;
    }

    /** The text at that path, trimmed; empty when the element is missing or blank. */
    public Optional<String> textAt(String path) {
        return find(path).map(XmlNode::text).map(String::strip).filter(value -> !value.isEmpty());
    }
}
