package org.handbook.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One bar of the Pay tab's chart of median annual wages. */
@Entity
@Table(name = "wage_comparison")
public class WageComparison {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String label;

    private int medianWageAnnual;

    @Column(name = "is_subject")
    private boolean subject;

    protected WageComparison() {
    }

    public int getPosition() {
        return position;
    }

    public String getLabel() {
        return label;
    }

    public int getMedianWageAnnual() {
        return medianWageAnnual;
    }

    public boolean isSubject() {
        return subject;
    }
}
