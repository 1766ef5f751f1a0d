package org.handbook.embed;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.occupation.Tab;

/**
 * The tabs a whole-profile embed offers, from its {@code tabs=} parameter: tab names separated by
 * commas ({@code tabs=summary,pay,job-outlook}), or {@code all}. The tabs keep BLS's order,
 * whatever order the parameter names them in.
 *
 * @param tabs  the offered tabs, never empty
 * @param param the parameter's value that names exactly these tabs, for links between them
 */
public record EmbeddedTabs(List<Tab> tabs, String param) {

    static final String ALL = "all";

    static EmbeddedTabs all() {
        return new EmbeddedTabs(Tab.all(), ALL);
    }

    /** The tabs named, or {@link InvalidTabsException} for an empty list or a name that is no tab's. */
    static EmbeddedTabs parse(String param, EmbedLinks links) {
        if (param == null) {
            return all();
        }
        List<String> names = Arrays.stream(param.split(",", -1)).map(String::strip).toList();
        if (names.contains(ALL)) {
            if (names.size() == 1) {
                return all();
            }
            throw new InvalidTabsException();
        }
        Set<Tab> chosen = EnumSet.noneOf(Tab.class);
        for (String name : names) {
            chosen.add(EmbedLinks.tabNamed(name).orElseThrow(InvalidTabsException::new));
        }
        List<Tab> tabs = List.copyOf(chosen);
        return new EmbeddedTabs(tabs, tabs.stream().map(links::tabName).collect(Collectors.joining(",")));
    }

    public boolean offers(Tab tab) {
        return tabs.contains(tab);
    }

    public Tab first() {
        return tabs.get(0);
    }
}
