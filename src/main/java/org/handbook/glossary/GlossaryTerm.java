package org.handbook.glossary;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A definition from the Handbook's help dialogs. Kind TERM explains a quick fact or finder
 * column; kind TAB explains what a profile tab covers ("About this section").
 */
@Entity
@Table(name = "glossary_term")
public class GlossaryTerm {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String slug;

    private String kind;

    private String term;

    private String definition;

    private int position;

    protected GlossaryTerm() {
    }

    public String getSlug() {
        return slug;
    }

    public String getKind() {
        return kind;
    }

    public String getTerm() {
        return term;
    }

    public String getDefinition() {
        return definition;
    }

    public int getPosition() {
        return position;
    }
}
