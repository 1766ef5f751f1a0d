package org.handbook.catalog;

/**
 * The edition the catalog lists: the newest edition of the occupations the site serves. Its periods
 * name the figures of the lists, the finder, compare and the downloads, as BLS prints them.
 *
 * @param code             the edition as BLS names it, by its projection period
 * @param projectionPeriod the period of the employment projections, as BLS writes it
 * @param wagesPeriod      the month of the wages ({@code referencePeriod} of the edition)
 * @param baseYear         the year of the employment figures, the start of the projections
 */
public record CatalogEdition(String code, String projectionPeriod, String wagesPeriod, Integer baseYear) {
}
