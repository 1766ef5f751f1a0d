package org.handbook.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A row of the employment projections table (one SOC code). */
@Entity
@Table(name = "projection_row")
public class ProjectionRow {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String title;

    private String socCode;

    private int employmentBase;

    private int employmentProjected;

    private int changePercent;

    private int changeNumeric;

    private String dataUrl;

    protected ProjectionRow() {
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getSocCode() {
        return socCode;
    }

    public int getEmploymentBase() {
        return employmentBase;
    }

    public int getEmploymentProjected() {
        return employmentProjected;
    }

    public int getChangePercent() {
        return changePercent;
    }

    public int getChangeNumeric() {
        return changeNumeric;
    }

    public String getDataUrl() {
        return dataUrl;
    }
}
