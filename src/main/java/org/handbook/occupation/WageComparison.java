package org.handbook.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One bar of the Pay tab's chart of median wages: annual, or hourly where BLS charts hourly wages; a
 * top-coded bar has no figure but BLS's sentence as {@code note}.
 */
@Entity
@Table(name = "wage_comparison")
public class WageComparison {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String label;

    private Integer medianWageAnnual;

    private BigDecimal medianWageHourly;

    private String note;

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

    public Integer getMedianWageAnnual() {
        return medianWageAnnual;
    }

    public BigDecimal getMedianWageHourly() {
        return medianWageHourly;
    }

    /** The figure of the bar, whichever unit it is in; null for a top-coded bar. */
    public Number getMedianWage() {
        return medianWageAnnual != null ? medianWageAnnual : medianWageHourly;
    }

    public String getNote() {
        return note;
    }

    public boolean isSubject() {
        return subject;
    }
}
