package org.handbook.api;

import java.time.LocalDate;

/** Where the content comes from, to be credited wherever it is shown. */
public record Source(String name, String url, LocalDate lastModified) {

    static final String NAME = "Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook";
    static final String HANDBOOK_URL = "https://www.bls.gov/ooh/";

    static Source handbook() {
        return new Source(NAME, HANDBOOK_URL, null);
    }
}
