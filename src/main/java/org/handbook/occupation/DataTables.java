package org.handbook.occupation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.handbook.occupation.ProfileView.Cell;
import org.handbook.occupation.ProfileView.DataTable;

/**
 * The tables of other data (Military Careers' personnel tables), stored a cell a row so that any
 * shape of table fits, pivoted back into rows of their parts.
 */
final class DataTables {

    private DataTables() {
    }

    /** The tables, cell rows gathered into rows of their part, tab by tab in order. */
    static List<DataTable> of(List<DataTableCell> cells) {
        Map<String, List<DataTableCell>> byTable = new LinkedHashMap<>();
        cells.forEach(cell -> byTable.computeIfAbsent(cell.getTab() + "/" + cell.getTable(), k -> new ArrayList<>())
                .add(cell));
        List<DataTable> tables = new ArrayList<>();
        for (List<DataTableCell> table : byTable.values()) {
            Map<DataTableCell.Part, Map<Integer, List<String>>> parts = new EnumMap<>(DataTableCell.Part.class);
            for (DataTableCell cell : table) {
                parts.computeIfAbsent(cell.getPart(), p -> new TreeMap<>())
                        .computeIfAbsent(cell.getRowIndex(), r -> new ArrayList<>()).add(cell.getText());
            }
            List<List<String>> head = rowsOf(parts, DataTableCell.Part.HEAD);
            List<List<String>> body = rowsOf(parts, DataTableCell.Part.BODY);
            int columns = Stream.concat(head.stream(), body.stream())
                    .mapToInt(List::size).max().orElse(1);
            List<String> caption = rowsOf(parts, DataTableCell.Part.CAPTION).stream().flatMap(List::stream).toList();
            List<String> notes = rowsOf(parts, DataTableCell.Part.NOTE).stream().flatMap(List::stream).toList();
            DataTableCell first = table.get(0);
            tables.add(new DataTable(first.getTab(), first.getTable(),
                    caption.isEmpty() ? null : caption.get(0),
                    head.stream().map(row -> cells(row, columns, false)).toList(),
                    body.stream().map(row -> cells(row, columns, true)).toList(), notes, columns));
        }
        return List.copyOf(tables);
    }

    private static List<List<String>> rowsOf(Map<DataTableCell.Part, Map<Integer, List<String>>> parts,
                                             DataTableCell.Part part) {
        return List.copyOf(parts.getOrDefault(part, Map.of()).values());
    }

    /**
     * A row's cells as drawn: every cell of a header row is a header, the first cell of a body row is
     * its row header (unless the row is one cell, a section row); the last cell spans what is missing.
     */
    private static List<Cell> cells(List<String> row, int columns, boolean body) {
        List<Cell> cells = new ArrayList<>();
        for (int i = 0; i < row.size(); i++) {
            String text = row.get(i);
            boolean header = !text.isEmpty() && (!body || (i == 0 && row.size() > 1));
            int colspan = i == row.size() - 1 ? columns - row.size() + 1 : 1;
            cells.add(new Cell(text, header, colspan));
        }
        return List.copyOf(cells);
    }
}
