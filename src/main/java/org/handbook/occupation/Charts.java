package org.handbook.occupation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.handbook.occupation.ProfileView.Bar;
import org.handbook.occupation.ProfileView.Chart;

/** The profile's bar charts (Pay, Job Outlook), scaled so that the longest bar fills the chart. */
final class Charts {

    /** The ceiling a top-coded bar's sentence names: "... equal to or greater than $239,200 per year." */
    private static final Pattern CEILING = Pattern.compile("\\$([\\d,]+(?:\\.\\d+)?)");

    private Charts() {
    }

    /**
     * A chart of {@code rows}, one bar each. A row without a {@code value} but with a {@code note} is
     * top-coded: its bar is as long as the ceiling the note names, so that it is never drawn shorter
     * than a bar it outranks.
     */
    static <T> Chart of(String title, String subtitle, boolean hourly, List<T> rows, Function<T, String> label,
                        Function<T, Number> value, Function<T, String> note, Predicate<T> subject, String notes) {
        double largest = Stream.concat(rows.stream().map(value),
                        rows.stream().filter(row -> value.apply(row) == null).map(note).map(Charts::ceiling))
                .filter(v -> v != null).mapToDouble(v -> Math.abs(v.doubleValue())).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        int top = 0;
        for (T row : rows) {
            Number v = value.apply(row);
            Number drawn = v != null ? v : ceiling(note.apply(row));
            int length = drawn == null || largest == 0 ? 0
                    : Math.max(2, Math.round(Math.abs(drawn.floatValue()) * Chart.BAR_SPACE / (float) largest));
            Bar bar = new Bar(label.apply(row), v, note.apply(row), length, subject.test(row), top);
            bars.add(bar);
            top = bar.bottom();
        }
        return new Chart(title, subtitle, hourly, List.copyOf(bars),
                notes == null ? List.of() : List.of(notes.split("\n")));
    }

    /** The figure a top-coded bar's sentence names as the ceiling, or null. */
    private static Number ceiling(String note) {
        Matcher figure = note == null ? null : CEILING.matcher(note);
        return figure != null && figure.find() ? Double.valueOf(figure.group(1).replace(",", "")) : null;
    }
}
