package org.handbook.occupation;

import org.handbook.system.Labelled;

/** Typical entry-level education, in the BLS categories and their order. */
public enum EducationLevel implements Labelled {
    NO_FORMAL_CREDENTIAL("No formal educational credential"),
    HIGH_SCHOOL("High school diploma or equivalent"),
    POSTSECONDARY_NONDEGREE("Postsecondary nondegree award"),
    SOME_COLLEGE("Some college, no degree"),
    ASSOCIATE("Associate's degree"),
    BACHELOR("Bachelor's degree"),
    MASTER("Master's degree"),
    DOCTORAL("Doctoral or professional degree"),
    /** BLS gives no one category and tells it in the How to Become One tab; last, after the categories. */
    SEE_HOW_TO_BECOME_ONE("See How to Become One");

    private final String label;

    EducationLevel(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
