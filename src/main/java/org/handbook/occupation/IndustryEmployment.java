package org.handbook.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** An industry among the occupation's largest employers, with its share of the occupation's jobs. */
@Entity
@Table(name = "industry_employment")
public class IndustryEmployment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Which of the tab's tables of this kind the row belongs to, 1 for the first. */
    @Column(name = "table_number")
    private int table;

    private int position;

    private String industry;

    private BigDecimal sharePercent;

    protected IndustryEmployment() {
    }

    public int getTable() {
        return table;
    }

    public int getPosition() {
        return position;
    }

    public String getIndustry() {
        return industry;
    }

    public BigDecimal getSharePercent() {
        return sharePercent;
    }
}
