package org.handbook.occupation;

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

    private int position;

    private String industry;

    private Integer medianWageAnnual;

    private BigDecimal medianWageHourly;

    protected IndustryWage() {
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
}
