package org.handbook.api;

import org.handbook.system.Labelled;

/** A BLS category as a stable code (also the value of filters) and the words BLS uses for it. */
public record Category(String code, String label) {

    static <E extends Enum<E> & Labelled> Category of(E value) {
        return value == null ? null : new Category(value.name(), value.label());
    }
}
