package org.handbook.catalog;

import java.util.List;

/**
 * The Occupation Finder's answer to a query: the occupations found, in the query's order, and every
 * filter of the form with, for each of its choices, how many occupations the finder would list if
 * that choice were the filter's only one and the other filters stayed as they are.
 */
public record FinderResult(List<CatalogEntry> occupations, List<CountedFilter> filters) {

    public record CountedFilter(FinderQuery.Filter filter, List<CountedOption> options) {
    }

    /** A choice and the number of occupations {@link FinderQuery#choosing} it would list. */
    public record CountedOption(FinderQuery.Option option, int count) {
    }
}
