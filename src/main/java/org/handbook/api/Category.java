package org.handbook.api;

import org.handbook.catalog.FinderQuery;
import org.handbook.system.Labelled;

/**
 * A BLS category as a stable code and the words BLS uses for it. The code is the value the
 * Occupation Finder's filter takes ({@code associate}, {@code less-than-5-years}), so an item's
 * code can be sent back as a filter.
 */
public record Category(String code, String label) {

    static <E extends Enum<E> & Labelled> Category of(E value) {
        return value == null ? null : new Category(FinderQuery.code(value), value.label());
    }
}
