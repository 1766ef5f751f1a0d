package org.handbook.catalog;

/**
 * An occupation on one of the lists; {@code rank} is its place by the list's figure, shared by
 * occupations with the same figure (1, 2, 2, 4), and stays whichever column the table is sorted by.
 */
public record ListRow(int rank, CatalogEntry occupation) {
}
