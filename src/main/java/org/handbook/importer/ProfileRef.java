package org.handbook.importer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The group and slug of a profile, as BLS spells them in its addresses:
 * {@code https://www.bls.gov/ooh/{group}/{slug}.htm} or the relative {@code /ooh/{group}/{slug}.htm}.
 * The XML compilation has no slug element; this address is where profiles name each other.
 */
public record ProfileRef(String group, String slug) {

    private static final Pattern OOH_ADDRESS = Pattern.compile(
            "^(?:https?://(?:www\\.)?bls\\.gov)?/ooh/([a-z0-9-]+)/([a-z0-9-]+)\\.htm(?:[#?].*)?$");

    /**
     * The profile an address points to. Group index pages ({@code /ooh/healthcare/home.htm}) and
     * other pages are not profiles.
     */
    public static Optional<ProfileRef> fromHref(String href) {
        if (href == null) {
            return Optional.empty();
        }
        Matcher matcher = OOH_ADDRESS.matcher(href.trim());
        if (!matcher.matches() || "home".equals(matcher.group(2))) {
            return Optional.empty();
        }
        return Optional.of(new ProfileRef(matcher.group(1), matcher.group(2)));
    }

    /** The profile's address on bls.gov. */
    public String blsUrl() {
        return "https://www.bls.gov/ooh/" + group + "/" + slug + ".htm";
    }
}
