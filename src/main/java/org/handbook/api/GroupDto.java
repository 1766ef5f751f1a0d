package org.handbook.api;

/** An occupation group; {@code occupations} counts the occupations in it (in lists of groups only). */
public record GroupDto(String slug, String title, Integer occupations, Links links) {

    public record Links(String html, String occupations) {
    }
}
