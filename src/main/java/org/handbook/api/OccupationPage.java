package org.handbook.api;

import java.util.List;

/**
 * A page of occupations. {@code total} counts every occupation that passes the filters;
 * {@code links.next} and {@code links.previous} are null at either end.
 */
public record OccupationPage(List<OccupationItem> items, int total, int limit, int offset, Links links,
                             Source source) {

    public record Links(String self, String next, String previous) {
    }
}
