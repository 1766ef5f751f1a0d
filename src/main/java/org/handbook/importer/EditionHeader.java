package org.handbook.importer;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The header of the XML compilation: what edition the file is. {@code currentYear} is the base year of
 * the projections and the year of the wages (2024), {@code projectionYear} their end (2034),
 * {@code referencePeriod} the wages' month as printed ("May 2024"), {@code referenceMonth} the same as a
 * value, {@code lastUpdated} the file's date ({@code last_updated}, M/D/YYYY). Missing or unreadable
 * values are null and reported as warnings.
 */
public record EditionHeader(
        String publicationTitle,
        Integer currentYear,
        Integer projectionYear,
        Integer referenceYear,
        String referencePeriod,
        YearMonth referenceMonth,
        LocalDate lastUpdated) {

    /** The edition's name as BLS writes it, "2024-34", or null without both years. */
    public String editionName() {
        if (currentYear == null || projectionYear == null) {
            return null;
        }
        return currentYear + "-" + String.format("%02d", projectionYear % 100);
    }
}
