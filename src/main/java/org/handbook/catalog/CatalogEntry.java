package org.handbook.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.ProfileView;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.WorkExperience;

/**
 * One occupation as the catalog lists it: its quick facts, detached from JPA. A figure BLS does
 * not give, or that is not loaded ({@code profileLoaded == false}), is {@code null}; a top-coded pay
 * has BLS's sentence in its note instead ("This wage is equal to or greater than $239,200 per year.").
 */
public record CatalogEntry(
        String slug,
        String title,
        String otherName,
        GroupRef group,
        String socCode,
        boolean profileLoaded,
        String summaryDuties,
        EducationLevel entryEducation,
        WorkExperience workExperience,
        OnTheJobTraining onTheJobTraining,
        Integer medianPayAnnual,
        BigDecimal medianPayHourly,
        String medianPayAnnualNote,
        String medianPayHourlyNote,
        Integer wageP10Annual,
        Integer wageP90Annual,
        LocalDate wagesReferenceDate,
        Integer employmentBaseYear,
        Integer employment,
        Integer projectionEndYear,
        Integer outlookPercent,
        OutlookDescriptor outlookDescriptor,
        Integer employmentChange,
        Integer openingsPerYear,
        String sourceUrl,
        LocalDate lastModifiedDate) {

    /** The ceiling a top-coded pay's sentence names: "... equal to or greater than $239,200 per year." */
    private static final Pattern CEILING = Pattern.compile("\\$([\\d,]+) per year");

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

    /** The profile's own URL path. */
    public String path() {
        return ProfileView.pathOf(group.slug(), slug);
    }

    /** The letter the A-Z index files it under. */
    public char initial() {
        char first = Character.toUpperCase(title.charAt(0));
        return first >= 'A' && first <= 'Z' ? first : '#';
    }
}
