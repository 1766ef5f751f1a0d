package org.handbook.system;

import java.util.List;

/**
 * What the layout needs of a page: its title, meta description, canonical path and breadcrumbs.
 *
 * @param path the page's canonical path; the layout makes it absolute with the configured base URL
 */
public record PageMeta(String title, String description, String path, List<Crumb> breadcrumbs) {

    /** One step of the breadcrumbs; the current page has no link. */
    public record Crumb(String label, String path) {

        public static final Crumb HOME = new Crumb("Home", "/");
    }
}
