package org.handbook.occupation;

/** The form of a slug as BLS writes them in its addresses; anything else cannot name an occupation or group. */
public final class Slug {

    /** For request mappings: {@code /{group:" + Slug.PATTERN + "}/}. */
    public static final String PATTERN = "[a-z0-9]+(?:-[a-z0-9]+)*";

    private Slug() {
    }
}
