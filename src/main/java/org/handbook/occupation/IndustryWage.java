package org.handbook.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The occupation's median annual wage in one of its top industries. */
@Entity
@Table(name = "industry_wage")
public class IndustryWage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String industry;

    private int medianWageAnnual;

    protected IndustryWage() {
    }

    public int getPosition() {
        return position;
    }

    public String getIndustry() {
        return industry;
    }

    public int getMedianWageAnnual() {
        return medianWageAnnual;
    }
}
