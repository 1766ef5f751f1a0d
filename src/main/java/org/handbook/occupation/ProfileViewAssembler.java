package org.handbook.occupation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.handbook.occupation.ProfileView.ContactLink;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.ProfileView.IndustryPay;
import org.handbook.occupation.ProfileView.IndustryShare;
import org.handbook.occupation.ProfileView.OccupationSummary;
import org.handbook.occupation.ProfileView.OnetRef;
import org.handbook.occupation.ProfileView.Projection;
import org.handbook.occupation.ProfileView.Resource;
import org.handbook.system.Figures;
import org.springframework.stereotype.Component;

/**
 * Turns an occupation's entity into the {@link ProfileView} the pages, embeds and API read, as
 * {@code api.ApiAssembler} turns the view into the API's records. It reads the entity's lazy
 * collections, so it runs inside the caller's transaction.
 */
@Component
class ProfileViewAssembler {

    private final Figures figures;
    private final ProfileEditions editions;

    ProfileViewAssembler(Figures figures, ProfileEditions editions) {
        this.figures = figures;
        this.editions = editions;
    }

    /**
     * The profile of {@code o}; {@code allEditions} are the occupation's rows in every edition, oldest
     * first, and {@code listingAsSimilar} the profiles whose similar-occupations table lists it.
     */
    ProfileView view(Occupation o, List<Occupation> allEditions, List<Occupation> listingAsSimilar) {
        Map<Tab, List<String>> summaries = new EnumMap<>(Tab.class);
        o.getTabSummaries().forEach(s -> summaries.computeIfAbsent(s.getTab(), t -> new ArrayList<>()).add(s.getText()));
        Map<Tab, String> summaryHeadings = new EnumMap<>(Tab.class);
        o.getTabSummaries().stream().filter(s -> s.getHeading() != null)
                .forEach(s -> summaryHeadings.putIfAbsent(s.getTab(), s.getHeading()));
        String wagesPeriod = figures.monthYear(o.getWagesReferenceDate());
        String projectionPeriod = figures.period(o.getEmploymentBaseYear(), o.getProjectionEndYear());
        boolean hourly = o.getWageComparisons().stream().anyMatch(bar -> bar.getMedianWageHourly() != null);
        return new ProfileView(
                o.getSlug(), o.getTitle(), o.getSingularTitle(), o.getPluralNoun(), o.getOtherName(), o.getSocCode(),
                List.copyOf(o.getSocCodes()), o.isProfileLoaded(),
                new GroupRef(o.getGroup().getSlug(), o.getGroup().getTitle()),
                o.getSummaryDuties(),
                QuickFacts.of(o),
                summaries,
                summaryHeadings,
                Narrative.of(o.getNarrativeBlocks(), o.getContacts()),
                o.getIndustryEmployment().stream()
                        .map(i -> new IndustryShare(i.getTable(), i.getIndustry(), i.getSharePercent())).toList(),
                o.getIndustryWages().stream()
                        .map(i -> new IndustryPay(i.getTable(), i.getIndustry(), i.getMedianWageAnnual(),
                                i.getMedianWageHourly(), i.isTopCoded()))
                        .toList(),
                Charts.of(orElse(o.getWageChartTitle(), o.getTitle()),
                        "Median " + (hourly ? "hourly" : "annual") + " wages, " + wagesPeriod, hourly,
                        o.getWageComparisons(), WageComparison::getLabel, WageComparison::getMedianWage,
                        WageComparison::getNote, WageComparison::isSubject, o.getWageChartNote()),
                Charts.of(orElse(o.getOutlookChartTitle(), o.getTitle()),
                        "Percent change in employment, projected " + projectionPeriod, false,
                        o.getOutlookComparisons(), OutlookComparison::getLabel,
                        OutlookComparison::getPercentChange, row -> null, OutlookComparison::isSubject,
                        o.getOutlookChartNote()),
                o.getProjectionRows().stream()
                        .map(p -> new Projection(p.getTitle(), p.getSocCode(), p.getEmploymentBase(),
                                p.getEmploymentProjected(), p.getChangePercent(), p.getChangeNumeric(),
                                p.getDataUrl()))
                        .toList(),
                o.getStateAreaResources().stream()
                        .map(r -> new Resource(r.getTitle(), r.getDescription(), r.getLinkText(), r.getUrl())).toList(),
                o.getContacts().stream()
                        .map(c -> new ContactLink(c.getIntroduction(), c.getOrganization(), c.getUrl(),
                                c.getBlockPosition() != null)).toList(),
                o.getSimilarOccupations().stream()
                        .map(s -> summarize(s.getSimilar(), s.getDuties(), s.getPayNote())).toList(),
                listingAsSimilar.stream().map(similar -> summarize(similar, null, null)).toList(),
                DataTables.of(o.getDataTableCells()),
                o.getWageP10Annual(), o.getWageP90Annual(), o.getOpeningsPerYear(),
                o.getSourceUrl(), o.getVideoTranscriptUrl(),
                o.getOnetLinks().stream().map(link -> new OnetRef(link.getTitle(), link.getUrl())).toList(),
                o.getCitationVisitedDate(), o.getLastModifiedDate(),
                editions.of(o), allEditions.stream().map(editions::of).toList(), editions.since(o, allEditions));
    }

    /**
     * An occupation as a list shows it; {@code duties} and {@code payNote}, when given, are what the
     * list prints for its job duties and its pay.
     */
    private static OccupationSummary summarize(Occupation occupation, String duties, String payNote) {
        return new OccupationSummary(occupation.getSlug(), occupation.getTitle(), occupation.getOtherName(),
                occupation.getGroup().getSlug(), orElse(duties, occupation.getSummaryDuties()),
                occupation.getEntryEducation(),
                occupation.getMedianPayAnnual(), payNote != null ? payNote : occupation.getMedianPayAnnualNote(),
                occupation.isProfileLoaded(), occupation.getSourceUrl());
    }

    private static String orElse(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
