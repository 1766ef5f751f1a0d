package org.handbook.embed;

/** A {@code tabs=} parameter that names no tab, or a tab that is not one of ours. */
class InvalidTabsException extends RuntimeException {

    InvalidTabsException() {
        super("The tabs parameter does not name tabs of a profile");
    }
}
