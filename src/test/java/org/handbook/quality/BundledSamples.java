package org.handbook.quality;

import java.util.ArrayList;
import java.util.List;
import org.handbook.occupation.Tab;
import org.handbook.support.BundledHandbook;
import org.handbook.support.BundledHandbook.Profile;

/** Profiles of the bundled Handbook chosen for what makes their pages differ, each with all nine tabs. */
final class BundledSamples {

    /** BLS titles; each line says what the profile brings that others do not. */
    static final List<String> TITLES = List.of(
            "Physicians and Surgeons", // several occupations: many SOC codes, one wage table each
            "Postsecondary Teachers", // several occupations, "See How to Become One" quick facts
            "Airline and Commercial Pilots", // top-coded pay, "See How to Become One" quick facts
            "Dentists", // top-coded pay
            "Top Executives", // top-coded pay
            "Actors", // hourly pay, no annual wage
            "Dancers and Choreographers", // hourly pay, "See How to Become One" quick facts
            "Waiters and Waitresses", // hourly pay
            "Military Careers", // no SOC code, no quick facts, no charts, tables of other data
            "Psychologists", // "See How to Become One" quick facts, several occupations
            "Social Workers", // "See How to Become One" quick facts
            "Police and Detectives", // "See How to Become One" quick facts
            "Accountants and Auditors",
            "Registered Nurses",
            "Software Developers, Quality Assurance Analysts, and Testers",
            "Electricians",
            "Lawyers",
            "Painters, Construction and Maintenance",
            "Graphic Designers",
            "Actuaries");

    private BundledSamples() {
    }

    record Page(String name, String path) {

        @Override
        public String toString() {
            return name;
        }
    }

    /** Pages that list the whole Handbook: the home page with its counts, and the lists, one with top-coded pay. */
    static List<Page> catalogPages() {
        return List.of(new Page("home", "/"), new Page("occupation lists", "/lists"),
                new Page("highest paying", "/lists/highest-paying"),
                new Page("fastest growing by pay", "/lists/fastest-growing?sort=pay"));
    }

    /** Every tab of every sample profile. */
    static List<Page> tabs() {
        List<Page> pages = new ArrayList<>();
        for (String title : TITLES) {
            Profile profile = BundledHandbook.byTitle(title);
            for (Tab tab : Tab.values()) {
                pages.add(new Page(title + ": " + tab.label(), profile.path() + tab.path()));
            }
        }
        return pages;
    }
}
