package org.handbook.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The summary of one tab as the Summary tab shows it, one paragraph a row. */
@Entity
@Table(name = "tab_summary")
public class TabSummary {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Tab tab;

    private int position;

    private String text;

    /** BLS's heading of the tab's summary ("State and Area Data"), on its first paragraph only; null when BLS gave none. */
    private String heading;

    protected TabSummary() {
    }

    public Tab getTab() {
        return tab;
    }

    public int getPosition() {
        return position;
    }

    public String getText() {
        return text;
    }

    public String getHeading() {
        return heading;
    }
}
