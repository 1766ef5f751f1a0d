package org.handbook.occupation;

/**
 * The tables and charts a tab's narrative can place between its paragraphs. DATA_TABLES are tables
 * of other data (Military Careers' personnel tables), kept as text cells.
 */
public enum Exhibit {
    INDUSTRY_EMPLOYMENT,
    WAGE_CHART,
    INDUSTRY_WAGES,
    OUTLOOK_CHART,
    PROJECTIONS,
    SIMILAR_OCCUPATIONS,
    DATA_TABLES
}
