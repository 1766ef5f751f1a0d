package org.handbook.catalog;

import java.math.BigDecimal;
import org.handbook.occupation.QuickFacts;
import org.handbook.system.Labelled;
import org.handbook.system.SiteAddress;

/**
 * One occupation's quick facts as the downloads and the finder's CSV give them: numbers as
 * numbers (58250, not "$58,250"), categories in BLS's words, the profile's absolute URL and its
 * BLS source. {@code null} where BLS gives no figure or the profile is not loaded.
 */
public record OccupationRecord(
        String slug,
        String title,
        String otherName,
        String group,
        String socCode,
        boolean profileLoaded,
        String url,
        String entryLevelEducation,
        String workExperience,
        String onTheJobTraining,
        Integer medianPayAnnual,
        BigDecimal medianPayHourly,
        String wagesReferenceDate,
        Integer employmentBaseYear,
        Integer employment,
        Integer projectionEndYear,
        Integer projectedGrowthPercent,
        String projectedGrowth,
        Integer employmentChange,
        Integer openingsPerYear,
        String sourceUrl,
        String medianPayAnnualNote) {

    /** The column names of the CSV, in the order of the components. */
    static final String[] COLUMNS = {"slug", "title", "other_name", "group", "soc_code", "profile_loaded", "url",
        "entry_level_education", "work_experience", "on_the_job_training", "median_pay_annual", "median_pay_hourly",
        "wages_reference_date", "employment_base_year", "employment", "projection_end_year",
        "projected_growth_percent", "projected_growth", "employment_change", "openings_per_year", "source_url",
        "median_pay_annual_note"};

    static OccupationRecord of(CatalogEntry e, SiteAddress site) {
        QuickFacts q = e.quickFacts();
        return new OccupationRecord(e.slug(), e.title(), e.otherName(), e.group().title(), e.socCode(),
                e.profileLoaded(), site.absolute(e.path()), label(q.entryEducation()), label(q.workExperience()),
                label(q.onTheJobTraining()), q.medianPayAnnual(), q.medianPayHourly(),
                q.wagesReferenceDate() == null ? null : q.wagesReferenceDate().toString(),
                q.employmentBaseYear(), q.employment(), q.projectionEndYear(), q.outlookPercent(),
                label(q.outlookDescriptor()), q.employmentChange(), e.openingsPerYear(), e.sourceUrl(),
                q.medianPayAnnualNote());
    }

    Object[] values() {
        return new Object[] {slug, title, otherName, group, socCode, profileLoaded, url, entryLevelEducation,
            workExperience, onTheJobTraining, medianPayAnnual, medianPayHourly == null ? null
                    : medianPayHourly.toPlainString(), wagesReferenceDate, employmentBaseYear, employment,
            projectionEndYear, projectedGrowthPercent, projectedGrowth, employmentChange, openingsPerYear,
            sourceUrl, medianPayAnnualNote};
    }

    private static String label(Labelled category) {
        return category == null ? null : category.label();
    }
}
