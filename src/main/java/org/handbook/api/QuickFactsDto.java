package org.handbook.api;

/**
 * The Quick Facts table of a profile, as numbers with units and reference periods. Where BLS top-codes
 * the pay, its value is null and {@code medianPayAnnualNote} / {@code medianPayHourlyNote} hold BLS's
 * sentence ("This wage is equal to or greater than $239,200 per year."); otherwise they are null.
 */
public record QuickFactsDto(
        Measure medianPayAnnual,
        Measure medianPayHourly,
        Category entryEducation,
        Category workExperience,
        Category onTheJobTraining,
        Measure employment,
        Measure outlook,
        Category outlookDescriptor,
        Measure employmentChange,
        String medianPayAnnualNote,
        String medianPayHourlyNote) {
}
