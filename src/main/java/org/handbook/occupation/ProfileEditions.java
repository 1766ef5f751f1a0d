package org.handbook.occupation;

import java.util.ArrayList;
import java.util.List;
import org.handbook.occupation.ProfileView.Change;
import org.handbook.occupation.ProfileView.Changes;
import org.handbook.occupation.ProfileView.EditionRef;
import org.handbook.system.Figures;
import org.springframework.stereotype.Component;

/** The editions of a profile as its page names them, and what its quick facts changed since the previous one. */
@Component
class ProfileEditions {

    private final Figures figures;

    ProfileEditions(Figures figures) {
        this.figures = figures;
    }

    EditionRef of(Occupation o) {
        Edition edition = o.getEdition();
        return new EditionRef(edition.getCode(), edition.getReferencePeriod(),
                figures.period(edition.getBaseYear(), edition.getProjectionYear()), o.isCurrent(), o.isProfileLoaded());
    }

    /** The quick facts that changed since the previous edition of this profile that was loaded. */
    Changes since(Occupation o, List<Occupation> editions) {
        Occupation previous = null;
        for (Occupation other : editions) {
            if (other.getEdition().getId() < o.getEdition().getId() && other.isProfileLoaded()) {
                previous = other;
            }
        }
        if (previous == null || !o.isProfileLoaded()) {
            return Changes.NONE;
        }
        QuickFacts was = QuickFacts.of(previous);
        QuickFacts now = QuickFacts.of(o);
        List<Change> facts = new ArrayList<>();
        change(facts, "Median pay, per year", figures.dollars(was.medianPayAnnual()),
                figures.dollars(now.medianPayAnnual()));
        change(facts, "Median pay, per hour", figures.dollarsAndCents(was.medianPayHourly()),
                figures.dollarsAndCents(now.medianPayHourly()));
        change(facts, "Typical entry-level education", figures.label(was.entryEducation()),
                figures.label(now.entryEducation()));
        change(facts, "Work experience in a related occupation", figures.label(was.workExperience()),
                figures.label(now.workExperience()));
        change(facts, "Typical on-the-job training", figures.label(was.onTheJobTraining()),
                figures.label(now.onTheJobTraining()));
        change(facts, "Number of jobs", figures.count(was.employment()), figures.count(now.employment()));
        change(facts, "Job outlook", outlook(was), outlook(now));
        change(facts, "Employment change", figures.count(was.employmentChange()),
                figures.count(now.employmentChange()));
        return new Changes(of(previous), List.copyOf(facts));
    }

    private String outlook(QuickFacts q) {
        if (q.outlookPercent() == null) {
            return figures.label(q.outlookDescriptor());
        }
        String percent = figures.percent(q.outlookPercent());
        return q.outlookDescriptor() == null ? percent : percent + " (" + figures.label(q.outlookDescriptor()) + ")";
    }

    private static void change(List<Change> facts, String fact, String before, String after) {
        String was = before == null || before.isEmpty() ? "-" : before;
        String now = after == null || after.isEmpty() ? "-" : after;
        if (!was.equals(now)) {
            facts.add(new Change(fact, was, now));
        }
    }
}
