package org.handbook.occupation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** The occupation's median wage in one of its top industries: annual, or hourly where BLS gives it so. */
@Entity
@Table(name = "industry_wage")
public class IndustryWage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    /** Which of the tab's tables of this kind the row belongs to, 1 for the first. */
    @Column(name = "table_number")
    private int table;

    private int position;

    private String industry;

    private Integer medianWageAnnual;

    private BigDecimal medianWageHourly;

    /** BLS prints the figure as a ceiling: "$239,200 or more". */
    private boolean topCoded;

    protected IndustryWage() {
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

    public Integer getMedianWageAnnual() {
        return medianWageAnnual;
    }

    public BigDecimal getMedianWageHourly() {
        return medianWageHourly;
    }

    public boolean isTopCoded() {
        return topCoded;
    }
}
