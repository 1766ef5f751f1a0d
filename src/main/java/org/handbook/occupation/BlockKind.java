package org.handbook.occupation;

/** What a block of a tab's narrative is. */
public enum BlockKind {
    HEADING,
    PARAGRAPH,
    LIST_ITEM,
    /** An important quality: a bold label ("Integrity.") followed by its explanation. */
    QUALITY,
    /** The tab's photo: label is its alternative text, text its caption. */
    PHOTO,
    /** A table or chart placed at this point of the text; label names an {@link Exhibit}. */
    EXHIBIT
}
