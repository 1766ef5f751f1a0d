package org.handbook.catalog;

import java.time.LocalDate;
import org.handbook.occupation.ProfileView;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.QuickFacts;

/**
 * One occupation as the catalog lists it: its quick facts and a few more figures, detached from JPA.
 * A figure BLS does not give, or that is not loaded ({@code profileLoaded == false}), is {@code null}.
 */
public record CatalogEntry(
        String slug,
        String title,
        String otherName,
        GroupRef group,
        String socCode,
        boolean profileLoaded,
        String summaryDuties,
        QuickFacts quickFacts,
        Integer wageP10Annual,
        Integer wageP90Annual,
        Integer openingsPerYear,
        String sourceUrl,
        LocalDate lastModifiedDate) {

    /** The profile's own URL path. */
    public String path() {
        return ProfileView.pathOf(group.slug(), slug);
    }

    /** The letter the A-Z index files it under. */
    public char initial() {
        char first = Character.toUpperCase(title.charAt(0));
        return first >= 'A' && first <= 'Z' ? first : '#';
    }
}
