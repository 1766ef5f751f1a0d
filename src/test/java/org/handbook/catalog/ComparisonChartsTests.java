package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.handbook.catalog.CatalogFixtures.entry;
import static org.handbook.catalog.CatalogFixtures.loaded;
import static org.handbook.catalog.CatalogFixtures.topCoded;

import java.util.List;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.WorkExperience;
import org.junit.jupiter.api.Test;

class ComparisonChartsTests {

    private final CatalogEntry nurse = loaded("nurses", "Registered Nurses", EducationLevel.BACHELOR,
            WorkExperience.NONE, OnTheJobTraining.NONE, 80000, 6, OutlookDescriptor.FASTER, 177400);
    private final CatalogEntry typist = loaded("typists", "Word Processors and Typists", EducationLevel.HIGH_SCHOOL,
            WorkExperience.NONE, OnTheJobTraining.SHORT_TERM, 40000, -30, OutlookDescriptor.DECLINE, -11000);
    private final CatalogEntry surgeon = topCoded(loaded("surgeons", "Surgeons", EducationLevel.DOCTORAL,
            WorkExperience.NONE, OnTheJobTraining.INTERNSHIP_RESIDENCY, 1, 3, OutlookDescriptor.AVERAGE, 1000),
            "This wage is equal to or greater than $240,000 per year.");
    private final CatalogEntry partial = entry("assistants", "Medical Assistants", null, "Assist.");

    @Test
    void payBarsShareOneScaleAndATopCodedPayReachesItsCeiling() {
        ComparisonCharts charts = ComparisonCharts.of(List.of(nurse, typist, surgeon, partial));

        assertThat(charts.pay()).extracting(ComparisonCharts.PayRow::length).containsExactly(100, 50, 300, null);
        assertThat(charts.pay().get(2).bottom() - charts.pay().get(2).top())
                .as("a line under the top-coded bar for BLS's sentence")
                .isGreaterThan(charts.pay().get(0).bottom() - charts.pay().get(0).top());
        assertThat(charts.payHeight()).isEqualTo(charts.pay().get(3).bottom());
    }

    @Test
    void aPercentileRangeIsDrawnOnlyWhenItHoldsTheMedian() {
        CatalogEntry annual = withPercentiles(nurse, 60000, 120000);
        CatalogEntry hourly = withPercentiles(typist, 14, 97000);

        ComparisonCharts charts = ComparisonCharts.of(List.of(annual, hourly));

        assertThat(charts.pay().get(0).hasRange()).isTrue();
        assertThat(charts.pay().get(0).percentile90()).isEqualTo(120000);
        assertThat(charts.pay().get(0).p10X()).isEqualTo(150);
        assertThat(charts.pay().get(1).hasRange()).isFalse();
        assertThat(charts.pay().get(1).percentile10()).isNull();
        assertThat(charts.pay().get(0).length()).as("the scale is the highest figure drawn").isEqualTo(200);
    }

    @Test
    void aDeclineIsDrawnLeftOfTheZeroLineOnTheSameScaleAsGrowth() {
        ComparisonCharts charts = ComparisonCharts.of(List.of(nurse, typist, surgeon));
        ComparisonCharts.OutlookRow growth = charts.outlook().get(0);
        ComparisonCharts.OutlookRow decline = charts.outlook().get(1);

        // 36 points from -30 to 6 span the 300 units: 250 left of zero, 50 right
        assertThat(charts.zeroX()).isEqualTo(ComparisonCharts.DECLINE_MARGIN + 250);
        assertThat(decline.length()).isEqualTo(250);
        assertThat(decline.barX() + decline.length()).isEqualTo(charts.zeroX());
        assertThat(decline.valueX()).isLessThan(decline.barX());
        assertThat(growth.length()).isEqualTo(50);
        assertThat(growth.barX()).isEqualTo(charts.zeroX());
        assertThat(growth.valueX()).isGreaterThan(charts.zeroX() + 50);
    }

    @Test
    void withoutADeclineTheZeroLineIsAtTheLeft() {
        assertThat(ComparisonCharts.of(List.of(nurse, surgeon)).zeroX()).isZero();
    }

    private static CatalogEntry withPercentiles(CatalogEntry e, int p10, int p90) {
        return new CatalogEntry(e.slug(), e.title(), e.otherName(), e.group(), e.socCode(), e.profileLoaded(),
                e.summaryDuties(), e.quickFacts(), p10, p90, e.openingsPerYear(), e.sourceUrl(),
                e.lastModifiedDate());
    }

    @Test
    void longTitlesWrapAtSpaces() {
        assertThat(ComparisonCharts.lines("Health Information Technologists and Medical Registrars"))
                .containsExactly("Health Information Technologists and Medical", "Registrars");
        assertThat(ComparisonCharts.lines("Surgeons")).containsExactly("Surgeons");
    }
}
