package org.handbook.occupation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An occupation's Quick Facts table, as numbers and categories in BLS's words; {@code null} where BLS
 * gives none or the profile is not loaded. Where BLS top-codes a pay it prints a sentence instead of
 * the figure ("This wage is equal to or greater than $239,200 per year."): the figure is null and the
 * sentence is its note. The profile pages, the catalog, the CSV and the API all read this one record.
 */
public record QuickFacts(
        Integer medianPayAnnual,
        BigDecimal medianPayHourly,
        String medianPayAnnualNote,
        String medianPayHourlyNote,
        LocalDate wagesReferenceDate,
        EducationLevel entryEducation,
        WorkExperience workExperience,
        OnTheJobTraining onTheJobTraining,
        Integer employmentBaseYear,
        Integer employment,
        Integer projectionEndYear,
        Integer outlookPercent,
        OutlookDescriptor outlookDescriptor,
        Integer employmentChange) {

    /** The ceiling a top-coded pay's sentence names: "... equal to or greater than $239,200 per year." */
    private static final Pattern CEILING = Pattern.compile("\\$([\\d,]+) per year");

    public static QuickFacts of(Occupation o) {
        return new QuickFacts(o.getMedianPayAnnual(), o.getMedianPayHourly(), o.getMedianPayAnnualNote(),
                o.getMedianPayHourlyNote(), o.getWagesReferenceDate(),
                o.getEntryEducation(), o.getWorkExperience(), o.getOnTheJobTraining(),
                o.getEmploymentBaseYear(), o.getEmployment(), o.getProjectionEndYear(),
                o.getOutlookPercent(), o.getOutlookDescriptor(), o.getEmploymentChange());
    }

    public Integer wageYear() {
        return wagesReferenceDate == null ? null : wagesReferenceDate.getYear();
    }

    /**
     * The median annual pay, or for a top-coded one the ceiling BLS names in its sentence: its median
     * is at least that much, so it ranks and filters with the highest pay, not with the missing ones.
     */
    public Integer medianPayAnnualAtLeast() {
        if (medianPayAnnual != null || medianPayAnnualNote == null) {
            return medianPayAnnual;
        }
        Matcher ceiling = CEILING.matcher(medianPayAnnualNote);
        return ceiling.find() ? Integer.valueOf(ceiling.group(1).replace(",", "")) : null;
    }

    /** Whether BLS prints the median annual pay as a ceiling ("$239,200 or more") instead of a figure. */
    public boolean medianPayTopCoded() {
        return medianPayAnnual == null && medianPayAnnualAtLeast() != null;
    }

    /** Whether BLS gives no quick fact at all (Military Careers). */
    public boolean isEmpty() {
        return medianPayAnnual == null && medianPayHourly == null && medianPayAnnualNote == null
                && medianPayHourlyNote == null && entryEducation == null && workExperience == null
                && onTheJobTraining == null && employment == null && outlookPercent == null
                && outlookDescriptor == null && employmentChange == null;
    }
}
