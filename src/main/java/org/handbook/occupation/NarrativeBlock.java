package org.handbook.occupation;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One block of a tab's narrative: a heading, paragraph, list item, quality, photo or exhibit. */
@Entity
@Table(name = "narrative_block")
public class NarrativeBlock {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private Tab tab;

    private int position;

    @Enumerated(EnumType.STRING)
    private BlockKind kind;

    private String label;

    private String text;

    protected NarrativeBlock() {
    }

    public Tab getTab() {
        return tab;
    }

    public int getPosition() {
        return position;
    }

    public BlockKind getKind() {
        return kind;
    }

    public String getLabel() {
        return label;
    }

    public String getText() {
        return text;
    }
}
