package org.handbook.api;

import java.util.List;

/** The Handbook's definitions: terms of the quick facts and finder ({@code kind} "term") and of the tabs ("tab"). */
public record GlossaryList(List<Entry> items, Source source) {

    public record Entry(String slug, String kind, String term, String definition, String html) {
    }
}
