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
