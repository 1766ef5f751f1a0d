package org.handbook.importer;

/**
 * One {@code <occupation>} as read from the file: its place among the occupations (1-based), the line
 * it starts on, and its elements.
 */
public record OccupationElement(int ordinal, int line, XmlNode node) {

    /** How messages name it: its title, or its place in the file when it has none. */
    public String displayName() {
        return node.textAt("title").orElse("occupation #" + ordinal + " (line " + line + ")");
    }
}
