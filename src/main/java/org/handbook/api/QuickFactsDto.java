package org.handbook.api;

/** The Quick Facts table of a profile, as numbers with units and reference periods. */
public record QuickFactsDto(
        Measure medianPayAnnual,
        Measure medianPayHourly,
        Category entryEducation,
        Category workExperience,
        Category onTheJobTraining,
        Measure employment,
        Measure outlook,
        Category outlookDescriptor,
        Measure employmentChange) {
}
