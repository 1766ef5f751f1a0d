package org.handbook.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One bar of the Job Outlook tab's chart of projected percent change in employment. */
@Entity
@Table(name = "outlook_comparison")
public class OutlookComparison {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String label;

    private int percentChange;

    @Column(name = "is_subject")
    private boolean subject;

    protected OutlookComparison() {
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    public int getPercentChange() {
        return percentChange;
    }

    public boolean isSubject() {
        return subject;
    }
}
