package org.handbook.occupation;

import org.handbook.system.Labelled;

/** Typical on-the-job training, in the BLS categories. */
public enum OnTheJobTraining implements Labelled {
    NONE("None"),
    SHORT_TERM("Short-term on-the-job training"),
    MODERATE_TERM("Moderate-term on-the-job training"),
    LONG_TERM("Long-term on-the-job training"),
    APPRENTICESHIP("Apprenticeship"),
    INTERNSHIP_RESIDENCY("Internship/residency"),
    /** BLS gives no one category and tells it in the How to Become One tab; last, after the categories. */
    SEE_HOW_TO_BECOME_ONE("See How to Become One");

    private final String label;

    OnTheJobTraining(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
