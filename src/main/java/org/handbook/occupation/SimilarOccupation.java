package org.handbook.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A row of a profile's similar-occupations table: a link to another occupation. */
@Entity
@Table(name = "similar_occupation")
public class SimilarOccupation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private int position;

    @ManyToOne(optional = false)
    @JoinColumn(name = "similar_occupation_id")
    private Occupation similar;

    /** What the table prints in place of the similar occupation's pay ("The annual wage is not available."). */
    private String payNote;

    /** The row's job duties as the profile's table words them; null for the seed, whose table shows the occupation's own. */
    private String duties;

    protected SimilarOccupation() {
    }

    public int getPosition() {
        return position;
    }

    public Occupation getSimilar() {
        return similar;
    }

    public String getPayNote() {
        return payNote;
    }

    public String getDuties() {
        return duties;
    }
}
