package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.handbook.occupation.EducationLevel;
import org.junit.jupiter.api.Test;

class FiguresTests {

    private final Figures figures = new Figures();

    @Test
    void dollarsAsBlsPrintsThem() {
        assertThat(figures.dollars(58250)).isEqualTo("$58,250");
        assertThat(figures.dollars(0)).isEqualTo("$0");
        assertThat(figures.dollars(999)).isEqualTo("$999");
        assertThat(figures.dollars(1_234_567L)).isEqualTo("$1,234,567");
        assertThat(figures.dollars(new BigDecimal("46310.5"))).isEqualTo("$46,310.5");
        assertThat(figures.dollars(null)).isEqualTo(Figures.NOT_AVAILABLE);
    }

    @Test
    void whereBlsPrintsWordsInPlaceOfAWageTheWordsAreShown() {
        assertThat(figures.dollarsOr(null, "The annual wage is not available.")).isEqualTo("The annual wage is not available.");
        assertThat(figures.dollarsOr(58250, "ignored while there is a figure")).isEqualTo("$58,250");
        assertThat(figures.dollarsOr(null, null)).isEqualTo(Figures.NOT_AVAILABLE);
    }

    @Test
    void dollarsAndCentsAlwaysHaveTwoDecimals() {
        assertThat(figures.dollarsAndCents(new BigDecimal("28.01"))).isEqualTo("$28.01");
        assertThat(figures.dollarsAndCents(new BigDecimal("28"))).isEqualTo("$28.00");
        assertThat(figures.dollarsAndCents(new BigDecimal("28.005"))).isEqualTo("$28.01");
        assertThat(figures.dollarsAndCents(new BigDecimal("28.004"))).isEqualTo("$28.00");
        assertThat(figures.dollarsAndCents(new BigDecimal("1234.5"))).isEqualTo("$1,234.50");
        assertThat(figures.dollarsAndCents(new BigDecimal("0.5"))).isEqualTo("$0.50");
        assertThat(figures.dollarsAndCents(null)).isEqualTo(Figures.NOT_AVAILABLE);
    }

    @Test
    void countsAreGroupedAndKeepTheirSign() {
        assertThat(figures.count(37900)).isEqualTo("37,900");
        assertThat(figures.count(-11000)).isEqualTo("-11,000");
        assertThat(figures.count(-36)).isEqualTo("-36");
        assertThat(figures.count(1_000_000)).isEqualTo("1,000,000");
        assertThat(figures.count(new BigDecimal("1234.567"))).isEqualTo("1,234.57");
        assertThat(figures.count(new BigDecimal("1.005"))).isEqualTo("1");
        assertThat(figures.count(new BigDecimal("1.015"))).isEqualTo("1.02");
        assertThat(figures.count(1.0E7)).isEqualTo("10,000,000");
        assertThat(figures.count(null)).isEqualTo(Figures.NOT_AVAILABLE);
    }

    @Test
    void percentsAndPlainNumbersShowOnlyDecimalsThatCarryInformation() {
        assertThat(figures.percent(16)).isEqualTo("16%");
        assertThat(figures.percent(-3)).isEqualTo("-3%");
        assertThat(figures.percent(new BigDecimal("7.50"))).isEqualTo("7.5%");
        assertThat(figures.percent(null)).isEqualTo(Figures.NOT_AVAILABLE);
        assertThat(figures.plain(new BigDecimal("1E+3"))).isEqualTo("1000");
        assertThat(figures.plain(12000)).isEqualTo("12000");
    }

    @Test
    void periodsDatesAndLabels() {
        assertThat(figures.period(2022, 2032)).isEqualTo("2022-32");
        assertThat(figures.period(2099, 2105)).isEqualTo("2099-05");
        assertThat(figures.period(null, 2032)).isEqualTo(Figures.NOT_AVAILABLE);
        LocalDate date = LocalDate.of(2023, 9, 6);
        assertThat(figures.monthYear(date)).isEqualTo("September 2023");
        assertThat(figures.longDate(date)).isEqualTo("September 6, 2023");
        assertThat(figures.weekdayDate(date)).isEqualTo("Wednesday, September 6, 2023");
        assertThat(figures.label(EducationLevel.ASSOCIATE)).isEqualTo("Associate's degree");
        assertThat(figures.label(null)).isEqualTo(Figures.NOT_AVAILABLE);
    }
}
