package org.handbook.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.QuickFacts;
import org.handbook.occupation.WorkExperience;

/** Catalog entries made up for unit tests. */
final class CatalogFixtures {

    static final GroupRef HEALTHCARE = new GroupRef("healthcare", "Healthcare");

    private static final QuickFacts NO_FACTS = new QuickFacts(null, null, null, null, null, null, null, null, null,
            null, null, null, null, null);

    private CatalogFixtures() {
    }

    static CatalogEntry entry(String slug, String title, String otherName, String duties) {
        return new CatalogEntry(slug, title, otherName, HEALTHCARE, null, false, duties, NO_FACTS, null, null, null,
                "https://www.bls.gov/ooh/healthcare/" + slug + ".htm", null);
    }

    /** The entry as if BLS filed it in another group. */
    static CatalogEntry inGroup(CatalogEntry e, GroupRef group) {
        return new CatalogEntry(e.slug(), e.title(), e.otherName(), group, e.socCode(), e.profileLoaded(),
                e.summaryDuties(), e.quickFacts(), e.wageP10Annual(), e.wageP90Annual(), e.openingsPerYear(),
                e.sourceUrl(), e.lastModifiedDate());
    }

    /** The entry with a top-coded median pay: no figure, BLS's sentence naming the ceiling instead. */
    static CatalogEntry topCoded(CatalogEntry e, String note) {
        QuickFacts q = e.quickFacts();
        QuickFacts facts = new QuickFacts(null, null, note, null, q.wagesReferenceDate(), q.entryEducation(),
                q.workExperience(), q.onTheJobTraining(), q.employmentBaseYear(), q.employment(),
                q.projectionEndYear(), q.outlookPercent(), q.outlookDescriptor(), q.employmentChange());
        return new CatalogEntry(e.slug(), e.title(), e.otherName(), e.group(), e.socCode(), e.profileLoaded(),
                e.summaryDuties(), facts, e.wageP10Annual(), e.wageP90Annual(), e.openingsPerYear(), e.sourceUrl(),
                e.lastModifiedDate());
    }

    static CatalogEntry loaded(String slug, String title, EducationLevel education, WorkExperience experience,
                               OnTheJobTraining training, Integer pay, Integer growth, OutlookDescriptor descriptor,
                               Integer change) {
        QuickFacts facts = new QuickFacts(pay, pay == null ? null : BigDecimal.valueOf(pay / 2080.0), null, null,
                LocalDate.of(2022, 5, 1), education, experience, training, 2022, 1000, 2032, growth, descriptor,
                change);
        return new CatalogEntry(slug, title, null, HEALTHCARE, "29-0000", true, title + " do things.", facts, null,
                null, 100, "https://www.bls.gov/ooh/healthcare/" + slug + ".htm", LocalDate.of(2023, 9, 6));
    }
}
