package org.handbook.catalog;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other names a profile gives its workers in its own words, so that a search for them ranks
 * the profile as if they were in its title: the kinds it names in bold ("Cardiac sonographers"),
 * what they are "also called" ("Lawyers, also called attorneys"; "often called bricklayers") and
 * a name in parentheses after a kind ("Cardiac sonographers (echocardiographers)").
 */
final class OccupationNames {

    private static final Pattern CALLED = Pattern.compile(
            "\\b(?:also|often|sometimes|commonly|usually|may be|are|is) (?:called|known as|referred to as) "
                    + "([^,.;:()\u2014\u2013\"\u201c\u201d]+)");
    private static final Pattern NAME_SEPARATOR = Pattern.compile(",? (?:or|and) |, ");
    private static final Pattern ARTICLE = Pattern.compile("^(?:a|an|the) ");
    private static final Pattern NOT_A_NAME = Pattern.compile("^(?:upon|on|in|to|for|by|with)\\b.*");
    private static final int LONGEST_NAME = 5;

    private OccupationNames() {
    }

    /** The names in the passages that describe the work (the What They Do tab and the duties). */
    static List<String> of(List<SearchIndex.Passage> passages, String summaryDuties) {
        Set<String> names = new LinkedHashSet<>();
        called(summaryDuties, names);
        for (SearchIndex.Passage passage : passages) {
            if (!passage.describesWork()) {
                continue;
            }
            String lead = passage.leadName();
            if (lead != null) {
                names.add(lead);
                String rest = passage.text().substring(Math.min(lead.length(), passage.text().length())).strip();
                if (rest.startsWith("(") && rest.indexOf(')') > 0) {
                    add(rest.substring(1, rest.indexOf(')')), names);
                }
            }
            called(passage.text(), names);
        }
        return List.copyOf(names);
    }

    private static void called(String text, Set<String> names) {
        if (text == null) {
            return;
        }
        Matcher called = CALLED.matcher(text);
        while (called.find()) {
            add(called.group(1), names);
        }
    }

    private static void add(String phrase, Set<String> names) {
        for (String part : NAME_SEPARATOR.split(phrase.strip())) {
            String name = ARTICLE.matcher(part.strip()).replaceFirst("");
            if (!name.isEmpty() && !NOT_A_NAME.matcher(name).matches()
                    && name.split(" ").length <= LONGEST_NAME) {
                names.add(name);
            }
        }
    }
}
