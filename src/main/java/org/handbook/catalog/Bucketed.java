package org.handbook.catalog;

import org.handbook.system.Labelled;

/** A filter's choices that are ranges of one figure, such as {@link PayRange}: each constant holds its bucket. */
public interface Bucketed extends Labelled {

    Bucket bucket();

    @Override
    default String label() {
        return bucket().label();
    }

    default boolean contains(int value) {
        return bucket().contains(value);
    }
}
