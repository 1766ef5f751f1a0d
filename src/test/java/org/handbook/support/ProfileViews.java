package org.handbook.support;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.ProfileView;
import org.handbook.occupation.ProfileView.Chart;
import org.handbook.occupation.ProfileView.EditionRef;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.QuickFacts;
import org.handbook.occupation.WorkExperience;

/**
 * Profiles made up for tests that need a {@link ProfileView} without a database: a loaded healthcare
 * profile of the current edition with the seed's registrar figures, no narrative and empty charts,
 * so that a test sets only what it is about (add a setter here when a test needs another).
 */
public final class ProfileViews {

    private static final EditionRef CURRENT_EDITION = new EditionRef("2022-32", "May 2022", "2022-32", true, true);
    private static final GroupRef HEALTHCARE = new GroupRef("healthcare", "Healthcare");
    private static final QuickFacts REGISTRAR_FACTS = new QuickFacts(58250, new BigDecimal("28.01"), null, null,
            LocalDate.of(2022, 5, 1), EducationLevel.ASSOCIATE, WorkExperience.NONE, OnTheJobTraining.NONE, 2022,
            37900, 2032, 16, OutlookDescriptor.MUCH_FASTER, 6200);
    private static final Chart NO_CHART = new Chart("Title", "Subtitle", false, List.of(), List.of());

    private ProfileViews() {
    }

    /** A profile at {@code /healthcare/{slug}/}. */
    public static Builder profile(String slug) {
        return new Builder(slug);
    }

    public static final class Builder {

        private final String slug;
        private boolean profileLoaded = true;

        private Builder(String slug) {
            this.slug = slug;
        }

        /** False for an occupation known only from another profile's similar-occupations table. */
        public Builder profileLoaded(boolean profileLoaded) {
            this.profileLoaded = profileLoaded;
            return this;
        }

        public ProfileView build() {
            return new ProfileView(slug, "Registrars", "Registrar", "registrars", null, "29-9021", List.of("29-9021"),
                    profileLoaded, HEALTHCARE, "Registrars register.", REGISTRAR_FACTS, Map.of(), Map.of(), Map.of(),
                    List.of(), List.of(), NO_CHART, NO_CHART, List.of(), List.of(), List.of(), List.of(), List.of(),
                    List.of(), 34970, 103380, 3100, "https://www.bls.gov/ooh/healthcare/" + slug + ".htm", null,
                    List.of(), null, LocalDate.of(2023, 9, 6), CURRENT_EDITION, List.of(CURRENT_EDITION),
                    ProfileView.Changes.NONE);
        }
    }
}
