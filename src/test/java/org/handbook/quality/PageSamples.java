package org.handbook.quality;

import java.util.ArrayList;
import java.util.List;
import org.handbook.occupation.Tab;

/** One page of every type the site serves, for the suites that check every page type. */
final class PageSamples {

    static final String PROFILE = "/healthcare/health-information-technologists-and-medical-registrars/";

    private PageSamples() {
    }

    record Sample(String name, String path, int status) {

        @Override
        public String toString() {
            return name;
        }
    }

    static List<Sample> all() {
        List<Sample> samples = new ArrayList<>();
        samples.add(new Sample("home", "/", 200));
        samples.add(new Sample("group", "/healthcare/", 200));
        samples.add(new Sample("A-Z index", "/occupations", 200));
        samples.add(new Sample("search results", "/search?q=medical+records", 200));
        samples.add(new Sample("search without a query", "/search", 200));
        samples.add(new Sample("search too long (400)", "/search?q=" + "a".repeat(201), 400));
        samples.add(new Sample("occupation finder", "/occupation-finder", 200));
        samples.add(new Sample("finder with results", "/occupation-finder?education=associate&sort=pay", 200));
        samples.add(new Sample("finder by group, sorted by pay lowest first",
                "/occupation-finder?group=healthcare&experience=none&sort=pay-asc", 200));
        samples.add(new Sample("finder with an invalid value (400)", "/occupation-finder?education=phd", 400));
        samples.add(new Sample("finder with an unknown group (400)", "/occupation-finder?group=nowhere", 400));
        samples.add(new Sample("compare", "/compare?o=health-information-technologists-and-medical-registrars&o=medical-assistants", 200));
        samples.add(new Sample("compare four occupations", "/compare?o=health-information-technologists-and-medical-registrars"
                + "&o=medical-assistants&o=medical-transcriptionists&o=medical-and-health-services-managers", 200));
        samples.add(new Sample("compare with one occupation", "/compare?o=medical-assistants", 200));
        samples.add(new Sample("compare with an unknown occupation (400)", "/compare?o=x", 400));
        samples.add(new Sample("occupation lists", "/lists", 200));
        samples.add(new Sample("occupation list", "/lists/highest-paying", 200));
        samples.add(new Sample("occupation list sorted", "/lists/fastest-growing?sort=occupation&order=descending", 200));
        samples.add(new Sample("occupation list with an unknown sort (400)", "/lists/highest-paying?sort=growth", 400));
        for (Tab tab : Tab.values()) {
            samples.add(new Sample("tab " + tab.label(), PROFILE + tab.path(), 200));
        }
        samples.add(new Sample("print", PROFILE + "print", 200));
        samples.add(new Sample("similar occupation", "/healthcare/medical-assistants/", 200));
        samples.add(new Sample("glossary", "/glossary", 200));
        samples.add(new Sample("embed of a whole profile", "/embed/health-information-technologists-and-medical-registrars", 200));
        samples.add(new Sample("embed of one tab", "/embed/health-information-technologists-and-medical-registrars/pay", 200));
        samples.add(new Sample("embed with chosen tabs",
                "/embed/health-information-technologists-and-medical-registrars/job-outlook?tabs=pay,job-outlook", 200));
        samples.add(new Sample("embed of a similar occupation", "/embed/medical-assistants", 200));
        samples.add(new Sample("embed demo", "/embed/demo", 200));
        samples.add(new Sample("embed with unknown tabs (400)",
                "/embed/health-information-technologists-and-medical-registrars?tabs=bogus", 400));
        samples.add(new Sample("404", "/healthcare/no-such-occupation/", 404));
        return samples;
    }
}
