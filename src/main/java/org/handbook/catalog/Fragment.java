package org.handbook.catalog;

/** A piece of text to show, marked when it is a word the search matched. Templates escape it. */
public record Fragment(String text, boolean marked) {
}
