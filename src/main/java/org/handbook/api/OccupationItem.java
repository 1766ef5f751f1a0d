package org.handbook.api;

/** One occupation in a list: who it is, its group, its quick facts and where to read more. */
public record OccupationItem(
        String slug,
        String title,
        String socCode,
        boolean profileLoaded,
        GroupDto group,
        QuickFactsDto quickFacts,
        Links links) {

    /** The occupation's page, its whole-profile embed and its API resource, all absolute. */
    public record Links(String html, String embed, String api) {
    }
}
