package org.handbook.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A link to O*NET OnLine from the More Information tab; a profile covering many SOC codes has one for each. */
@Entity
@Table(name = "onet_link")
public class OnetLink {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String title;

    private String url;

    protected OnetLink() {
    }

    public int getPosition() {
        return position;
    }

    public String getTitle() {
        return title;
    }

    public String getUrl() {
        return url;
    }
}
