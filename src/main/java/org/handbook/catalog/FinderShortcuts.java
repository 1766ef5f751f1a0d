package org.handbook.catalog;

import java.util.Arrays;
import java.util.List;
import org.handbook.occupation.EducationLevel;
import org.springframework.stereotype.Component;

/**
 * Ways into the Occupation Finder for someone who does not yet know what to look for: one link per
 * entry-level education and per median pay range, each with how many occupations it leads to. The
 * counts are the finder's own results, so a link never promises more or fewer than it shows.
 */
@Component
public class FinderShortcuts {

    private final CatalogService catalog;

    FinderShortcuts(CatalogService catalog) {
        this.catalog = catalog;
    }

    /** A link into the finder with one filter set; {@code count} is how many occupations it lists. */
    public record Shortcut(String label, String path, int count) {
    }

    /** Each entry-level education that some occupation has, in BLS's order. */
    public List<Shortcut> byEducation() {
        return Arrays.stream(EducationLevel.values())
                .map(level -> shortcut(level.label(),
                        FinderQuery.ALL.choosing(FinderQuery.EDUCATION, FinderQuery.code(level))))
                .filter(shortcut -> shortcut.count() > 0).toList();
    }

    /** Each median pay range that some occupation is in, lowest first. */
    public List<Shortcut> byPay() {
        return Arrays.stream(PayRange.values())
                .map(range -> shortcut(range.label(), FinderQuery.ALL.choosing(FinderQuery.PAY, FinderQuery.code(range))))
                .filter(shortcut -> shortcut.count() > 0).toList();
    }

    private Shortcut shortcut(String label, FinderQuery query) {
        return new Shortcut(label, "/occupation-finder?" + query.queryString(), catalog.find(query).size());
    }
}
