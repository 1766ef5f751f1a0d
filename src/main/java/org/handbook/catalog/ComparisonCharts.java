package org.handbook.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The compare page's two bar charts, each drawn on one scale shared by the occupations compared, so
 * that bars of the same length mean the same figure: median annual pay with the range from the 10th
 * to the 90th percentile, and the projected percent change in employment, a decline drawn leftwards
 * from the zero line. Lengths and positions are in the SVG's units ({@value #WIDTH} wide).
 */
public record ComparisonCharts(List<PayRow> pay, int payHeight, List<OutlookRow> outlook, int outlookHeight,
                               int zeroX) {

    public static final int WIDTH = 420;
    /** The longest bar; the rest of the width holds the figure written after it. */
    static final int BAR_SPACE = 300;
    /** Room left of the zero line for the figure of a decline, when there is one. */
    static final int DECLINE_MARGIN = 60;
    /** Characters of a label line: BLS's longest titles take three lines. */
    static final int LABEL_LINE = 50;
    static final int LINE_HEIGHT = 18;
    /** Less than any annual wage, more than any hourly one. */
    static final int LEAST_ANNUAL_WAGE = 1_000;

    /** The width of both charts' view boxes. */
    public int width() {
        return WIDTH;
    }

    /** Both charts of the occupations, in their order. */
    public static ComparisonCharts of(List<CatalogEntry> occupations) {
        int payScale = occupations.stream()
                .flatMap(e -> Stream.of(e.quickFacts().medianPayAnnualAtLeast(), percentile10(e),
                        percentile90(e)))
                .filter(Objects::nonNull).mapToInt(Integer::intValue).max().orElse(0);
        List<PayRow> pay = new ArrayList<>();
        int top = 0;
        for (CatalogEntry entry : occupations) {
            PayRow row = new PayRow(entry, lines(entry.title()), top,
                    length(entry.quickFacts().medianPayAnnualAtLeast(), payScale),
                    percentile10(entry), percentile90(entry), length(percentile10(entry), payScale),
                    length(percentile90(entry), payScale));
            pay.add(row);
            top = row.bottom();
        }
        int payHeight = top;
        int highest = occupations.stream().map(e -> e.quickFacts().outlookPercent()).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).max().orElse(0);
        int lowest = occupations.stream().map(e -> e.quickFacts().outlookPercent()).filter(Objects::nonNull)
                .mapToInt(Integer::intValue).min().orElse(0);
        int span = Math.max(0, highest) - Math.min(0, lowest);
        int zeroX = lowest < 0 ? DECLINE_MARGIN + length(-lowest, span) : 0;
        List<OutlookRow> outlook = new ArrayList<>();
        top = 0;
        for (CatalogEntry entry : occupations) {
            Integer percent = entry.quickFacts().outlookPercent();
            OutlookRow row = new OutlookRow(entry, lines(entry.title()), top,
                    percent == null ? null : length(Math.abs(percent), span), zeroX);
            outlook.add(row);
            top = row.bottom();
        }
        return new ComparisonCharts(List.copyOf(pay), payHeight, List.copyOf(outlook), top, zeroX);
    }

    /*
     * The percentiles are read from BLS's prose, which for some occupations gives hourly ones
     * ("less than $14.00"), read as $14 a year. An hourly wage is under $1,000, an annual one never
     * is; a range that is not two annual figures around the median is neither drawn nor listed.
     */
    private static boolean annualRange(CatalogEntry entry) {
        Integer median = entry.quickFacts().medianPayAnnualAtLeast();
        Integer p10 = entry.wageP10Annual();
        Integer p90 = entry.wageP90Annual();
        return median != null && p10 != null && p90 != null && p10 >= LEAST_ANNUAL_WAGE && p10 <= median
                && median <= p90;
    }

    private static Integer percentile10(CatalogEntry entry) {
        return annualRange(entry) ? entry.wageP10Annual() : null;
    }

    private static Integer percentile90(CatalogEntry entry) {
        return annualRange(entry) ? entry.wageP90Annual() : null;
    }

    /** Length on the shared scale; a figure above zero is never drawn thinner than a hairline. */
    private static Integer length(Integer value, int scale) {
        if (value == null) {
            return null;
        }
        if (scale == 0 || value == 0) {
            return 0;
        }
        return Math.max(2, Math.round(value * (float) BAR_SPACE / scale));
    }

    /** A title broken at spaces into lines that fit the chart's width. */
    static List<String> lines(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > LABEL_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return List.copyOf(lines);
    }

    /**
     * One occupation's pay: its median as a bar ({@code length}, to the ceiling for a top-coded pay), and
     * under it the range from the 10th to the 90th percentile ({@code p10X} to {@code p90X}) where both
     * are known, around the median.
     */
    public record PayRow(CatalogEntry entry, List<String> label, int top, Integer length, Integer percentile10,
                         Integer percentile90, Integer p10X, Integer p90X) {

        public int barY() {
            return top + label.size() * LINE_HEIGHT + 6;
        }

        public int valueY() {
            return barY() + 16;
        }

        public boolean hasRange() {
            return p10X != null && p90X != null;
        }

        public int rangeY() {
            return barY() + 26;
        }

        public int rangeWidth() {
            return Math.max(2, p90X - p10X);
        }

        /** The baseline of BLS's sentence for a top-coded pay, under the bar. */
        public int noteY() {
            return rangeY() + 24;
        }

        public int bottom() {
            return rangeY() + 14 + (entry.quickFacts().medianPayTopCoded() ? 22 : 0);
        }
    }

    /** One occupation's projected change: a bar from the zero line, rightwards for growth, leftwards for a decline. */
    public record OutlookRow(CatalogEntry entry, List<String> label, int top, Integer length, int zeroX) {

        public boolean decline() {
            return entry.quickFacts().outlookPercent() != null && entry.quickFacts().outlookPercent() < 0;
        }

        public int barX() {
            return decline() ? zeroX - length : zeroX;
        }

        public int barY() {
            return top + label.size() * LINE_HEIGHT + 6;
        }

        /** Where the figure is written: after the bar's end, on the side it grows to. */
        public int valueX() {
            int end = length == null ? 0 : length;
            return decline() ? zeroX - end - 6 : zeroX + end + 6;
        }

        public int valueY() {
            return barY() + 16;
        }

        public int bottom() {
            return barY() + 32;
        }
    }
}
