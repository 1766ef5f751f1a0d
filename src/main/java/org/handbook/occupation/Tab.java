package org.handbook.occupation;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The tabs of a profile, in BLS order. {@code path} is the last segment of the tab's URL
 * (empty for the Summary, which lives at the profile's own URL) and {@code blsFragment} the
 * fragment BLS uses for it ({@code #tab-1} .. {@code #tab-9}), so old links keep working.
 */
public enum Tab {
    SUMMARY("", "Summary", "tab-1"),
    WHAT_THEY_DO("what-they-do", "What They Do", "tab-2"),
    WORK_ENVIRONMENT("work-environment", "Work Environment", "tab-3"),
    HOW_TO_BECOME_ONE("how-to-become-one", "How to Become One", "tab-4"),
    PAY("pay", "Pay", "tab-5"),
    JOB_OUTLOOK("job-outlook", "Job Outlook", "tab-6"),
    STATE_AND_AREA_DATA("state-and-area-data", "State & Area Data", "tab-7"),
    SIMILAR_OCCUPATIONS("similar-occupations", "Similar Occupations", "tab-8"),
    // BLS's tab reads "More Info", which (like "More Information") Lighthouse's link-text audit calls
    // not descriptive; BLS's heading of the section is "More Information, Including Links to O*NET".
    MORE_INFORMATION("more-information", "More Information & O*NET", "tab-9");

    private final String path;
    private final String label;
    private final String blsFragment;

    Tab(String path, String label, String blsFragment) {
        this.path = path;
        this.label = label;
        this.blsFragment = blsFragment;
    }

    public String path() {
        return path;
    }

    public String label() {
        return label;
    }

    public String blsFragment() {
        return blsFragment;
    }

    /**
     * A title or text as this tab's page gives it: as it is on the Summary, after the tab's name on
     * any other ("Pay: Medical Assistants"). Page titles, descriptions, frame titles and oEmbed
     * titles all follow this rule.
     */
    public String titled(String text) {
        return this == SUMMARY ? text : label + ": " + text;
    }

    /** The glossary entry that explains what this tab covers ("About this section"). */
    public String glossarySlug() {
        return this == SUMMARY ? null : path;
    }

    public static Optional<Tab> fromPath(String path) {
        return Arrays.stream(values()).filter(tab -> tab.path.equals(path)).findFirst();
    }

    public static List<Tab> all() {
        return List.of(values());
    }
}
