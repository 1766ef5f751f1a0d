package org.handbook.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One cell of a table of other data in a tab's narrative (Military Careers' personnel tables), as
 * text: its caption, a header cell, a data cell, or a footnote.
 */
@Entity
@Table(name = "data_table_cell")
public class DataTableCell {

    /** Where in the table a cell stands. */
    public enum Part {
        CAPTION,
        HEAD,
        BODY,
        NOTE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Tab tab;

    /** Which of the tab's tables of other data, 1 for the first. */
    @Column(name = "table_number")
    private int table;

    @Enumerated(EnumType.STRING)
    private Part part;

    private int rowIndex;

    private int columnIndex;

    private String text;

    protected DataTableCell() {
    }

    public Tab getTab() {
        return tab;
    }

    public int getTable() {
        return table;
    }

    public Part getPart() {
        return part;
    }

    public int getRowIndex() {
        return rowIndex;
    }

    public int getColumnIndex() {
        return columnIndex;
    }

    public String getText() {
        return text;
    }
}
