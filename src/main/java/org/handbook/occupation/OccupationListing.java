package org.handbook.occupation;

import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.ProfileView.QuickFacts;

/** One occupation as a list shows it: who it is, its group and its quick facts, without its tabs. */
public record OccupationListing(String slug, String title, String socCode, boolean profileLoaded,
                                GroupRef group, QuickFacts quickFacts) {

    public String path() {
        return group.path() + slug + "/";
    }
}
