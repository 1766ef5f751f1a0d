package org.handbook.occupation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads occupational profiles for the pages, the embeds and the API alike: finds the occupation and
 * what its view needs besides it, in one read-only transaction, and leaves the view to
 * {@link ProfileViewAssembler}.
 */
@Service
@Transactional(readOnly = true)
public class ProfileService {

    /**
     * How BLS names an edition ("2022-32"). Anything else cannot name one, and is refused before it
     * reaches the database (PostgreSQL rejects some characters, such as NUL, with an error).
     */
    private static final Pattern EDITION_CODE = Pattern.compile("\\d{4}-\\d{2}");

    private final OccupationRepository occupations;
    private final ProfileViewAssembler views;

    ProfileService(OccupationRepository occupations, ProfileViewAssembler views) {
        this.occupations = occupations;
        this.views = views;
    }

    /** The current profile with this slug, whatever its group. */
    public Optional<ProfileView> findProfile(String slug) {
        return occupations.findBySlugAndCurrentTrue(slug).map(this::view);
    }

    /** The current profile, or {@link OccupationNotFoundException}. */
    public ProfileView profile(String slug) {
        return findProfile(slug).orElseThrow(() -> new OccupationNotFoundException(slug));
    }

    /**
     * The profile as the named edition published it ("2022-32"), the current one when {@code edition}
     * is null; {@link OccupationNotFoundException} when that edition has no such profile.
     */
    public ProfileView profile(String slug, String edition) {
        if (edition == null) {
            return profile(slug);
        }
        if (!EDITION_CODE.matcher(edition).matches()) {
            throw new OccupationNotFoundException(slug);
        }
        return occupations.findBySlugAndEditionCode(slug, edition).map(this::view)
                .orElseThrow(() -> new OccupationNotFoundException(slug));
    }

    /** An occupation known only from other profiles' tables is shown with the profiles that list it. */
    private ProfileView view(Occupation o) {
        List<Occupation> listingAsSimilar = o.isProfileLoaded() ? List.of()
                : occupations.findProfilesListingAsSimilar(o.getId());
        return views.view(o, occupations.findEditionsOf(o.getSlug()), listingAsSimilar);
    }
}
