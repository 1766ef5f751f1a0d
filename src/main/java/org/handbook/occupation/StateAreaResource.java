package org.handbook.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A source of state and area data (OEWS, Projections Central, CareerOneStop). */
@Entity
@Table(name = "state_area_resource")
public class StateAreaResource {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String title;

    private String description;

    private String linkText;

    private String url;

    protected StateAreaResource() {
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public String getLinkText() {
        return linkText;
    }

    public String getUrl() {
        return url;
    }
}
