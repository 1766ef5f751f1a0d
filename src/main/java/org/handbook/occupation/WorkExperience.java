package org.handbook.occupation;

import org.handbook.system.Labelled;

/** Work experience in a related occupation, in the BLS categories. */
public enum WorkExperience implements Labelled {
    NONE("None"),
    LESS_THAN_5_YEARS("Less than 5 years"),
    FIVE_YEARS_OR_MORE("5 years or more"),
    /** BLS gives no one category and tells it in the How to Become One tab; last, after the categories. */
    SEE_HOW_TO_BECOME_ONE("See How to Become One");

    private final String label;

    WorkExperience(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
