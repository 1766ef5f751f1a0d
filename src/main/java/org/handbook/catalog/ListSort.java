package org.handbook.catalog;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.handbook.catalog.ListColumn.SortOrder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The order of a list's table, as its address holds it: {@code sort} names a column of the list
 * ({@code rank} by default), {@code order} is {@code ascending} or {@code descending} (by default the
 * column's first order: figures highest first, words A to Z). Messages name the parameter's allowed
 * values but never repeat the value given, which the plain-text CSV answer would reflect as it came.
 */
public record ListSort(ListColumn column, SortOrder order) {

    public static final String SORT = "sort";
    public static final String ORDER = "order";

    /** The list's own order: by rank. */
    public static final ListSort DEFAULT = new ListSort(ListColumn.RANK, SortOrder.ASCENDING);

    /** A parsed sort; {@code errors} maps a parameter name to what is wrong with its value. */
    public record Parsed(ListSort sort, Map<String, String> errors) {
    }

    /**
     * The sort the parameters ask of the list's table, or what is wrong with them; parameters of
     * other names are left to the caller, empty values mean the default.
     */
    public static Parsed parse(OccupationList list, Map<String, List<String>> parameters) {
        Map<String, String> errors = new LinkedHashMap<>();
        List<String> codes = list.columns().stream().map(ListColumn::code).toList();
        Optional<String> sortValue = single(parameters, SORT, "Choose one column to sort by.", errors);
        ListColumn column = ListColumn.RANK;
        if (sortValue.isPresent()) {
            Optional<ListColumn> chosen = constant(ListColumn.class, sortValue.get()).filter(list.columns()::contains);
            if (chosen.isPresent()) {
                column = chosen.get();
            } else {
                errors.put(SORT, "Sort by one of this list's columns: " + String.join(", ", codes)
                        + "; the address names another.");
            }
        }
        Optional<String> orderValue = single(parameters, ORDER, "Choose one order only.", errors);
        SortOrder order = column.firstOrder();
        if (orderValue.isPresent()) {
            Optional<SortOrder> chosen = constant(SortOrder.class, orderValue.get());
            if (chosen.isPresent()) {
                order = chosen.get();
            } else {
                errors.put(ORDER, "Choose the order ascending or descending; the address names another.");
            }
        }
        return new Parsed(errors.isEmpty() ? new ListSort(column, order) : DEFAULT,
                Collections.unmodifiableMap(errors));
    }

    /** The sort as query parameters, empty for {@link #DEFAULT}; the order only where it is not the column's first. */
    public String queryString() {
        if (equals(DEFAULT)) {
            return "";
        }
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance().queryParam(SORT, column.code());
        if (order != column.firstOrder()) {
            builder.queryParam(ORDER, order.code());
        }
        return builder.build().getQuery();
    }

    /** The sort a click on a column's heading asks for: the other way round if sorted by it, else its first order. */
    public ListSort next(ListColumn heading) {
        return heading == column ? new ListSort(column, order.reversed()) : new ListSort(heading, heading.firstOrder());
    }

    private static Optional<String> single(Map<String, List<String>> parameters, String name, String tooMany,
                                           Map<String, String> errors) {
        List<String> values = parameters.getOrDefault(name, List.of()).stream()
                .filter(v -> v != null && !v.isBlank()).toList();
        if (values.size() > 1) {
            errors.put(name, tooMany);
            return Optional.empty();
        }
        return values.stream().findFirst();
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        String code = value.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(type.getEnumConstants()).filter(c -> FinderQuery.code(c).equals(code)).findFirst();
    }
}
