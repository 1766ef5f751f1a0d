package org.handbook.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import java.time.LocalDate;

/**
 * An edition of the Handbook, named as BLS names it by its projection period ("2024-34"). The seed
 * profile is the 2022-32 edition; every import of BLS's XML compilation adds one.
 */
@Entity
@Table(name = "edition")
public class Edition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String referencePeriod;

    private Integer baseYear;

    private Integer projectionYear;

    private LocalDate lastUpdated;

    private String source;

    private String contentHash;

    private LocalDateTime importedAt;

    protected Edition() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getReferencePeriod() {
        return referencePeriod;
    }

    public Integer getBaseYear() {
        return baseYear;
    }

    public Integer getProjectionYear() {
        return projectionYear;
    }

    public LocalDate getLastUpdated() {
        return lastUpdated;
    }

    public String getSource() {
        return source;
    }

    public String getContentHash() {
        return contentHash;
    }

    public LocalDateTime getImportedAt() {
        return importedAt;
    }
}
