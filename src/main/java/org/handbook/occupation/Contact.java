package org.handbook.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An organization to contact for more information, with the sentence that introduces it. A link that
 * sits in a paragraph of the tab's narrative names that block ({@code blockPosition}) and is drawn in it.
 */
@Entity
@Table(name = "contact")
public class Contact {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    private String introduction;

    private String organization;

    private String url;

    private Integer blockPosition;

    protected Contact() {
    }

    public int getPosition() {
        return position;
    }

    public String getIntroduction() {
        return introduction;
    }

    public String getOrganization() {
        return organization;
    }

    public String getUrl() {
        return url;
    }

    /** The position of the MORE_INFORMATION narrative block the link sits in, or null. */
    public Integer getBlockPosition() {
        return blockPosition;
    }
}
