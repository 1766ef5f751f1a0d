package org.handbook.api;

import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OccupationListing;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.WorkExperience;
import org.handbook.system.Labelled;

/**
 * The filters and sort of {@code GET /api/v1/occupations}, as the Occupation Finder offers them:
 * entry-level education, work experience and on-the-job training (codes, several separated by
 * commas match any), median pay, projected growth rate and projected new jobs (inclusive bounds),
 * and the group. An occupation without the figure a bound tests does not pass it.
 * Kept apart from the controller so that it can give way to the finder's own query when that lands.
 */
final class OccupationFilter {

    /** Figures to sort by besides the title; "jobs" is the projected number of new jobs. */
    private static final Map<String, Function<OccupationListing, Integer>> FIGURES = Map.of(
            "pay", o -> o.quickFacts().medianPayAnnual(),
            "growth", o -> o.quickFacts().outlookPercent(),
            "jobs", o -> o.quickFacts().employmentChange());

    private static final Comparator<OccupationListing> BY_TITLE =
            Comparator.comparing(OccupationListing::title, String.CASE_INSENSITIVE_ORDER);

    private final Predicate<OccupationListing> test;

    private OccupationFilter(Predicate<OccupationListing> test) {
        this.test = test;
    }

    /** The filter the parameters describe, or {@link InvalidParameterException} naming the first bad one. */
    static OccupationFilter of(String group, String education, String experience, String training,
                               String minPay, String maxPay, String minGrowth, String maxGrowth,
                               String minNewJobs, String maxNewJobs) {
        Predicate<OccupationListing> test = o -> true;
        if (group != null) {
            test = test.and(o -> o.group().slug().equals(group));
        }
        Set<EducationLevel> educations = codes("education", education, EducationLevel.class);
        if (educations != null) {
            test = test.and(o -> educations.contains(o.quickFacts().entryEducation()));
        }
        Set<WorkExperience> experiences = codes("experience", experience, WorkExperience.class);
        if (experiences != null) {
            test = test.and(o -> experiences.contains(o.quickFacts().workExperience()));
        }
        Set<OnTheJobTraining> trainings = codes("training", training, OnTheJobTraining.class);
        if (trainings != null) {
            test = test.and(o -> trainings.contains(o.quickFacts().onTheJobTraining()));
        }
        test = test.and(bounds("minPay", minPay, "maxPay", maxPay, o -> o.quickFacts().medianPayAnnual()));
        test = test.and(bounds("minGrowth", minGrowth, "maxGrowth", maxGrowth, o -> o.quickFacts().outlookPercent()));
        test = test.and(bounds("minNewJobs", minNewJobs, "maxNewJobs", maxNewJobs,
                o -> o.quickFacts().employmentChange()));
        return new OccupationFilter(test);
    }

    /**
     * The order a {@code sort} parameter asks for (title, pay, growth or jobs; a leading "-" for
     * descending), by title when it asks for none. Occupations without the figure come last either way.
     */
    static Comparator<OccupationListing> sort(String sort) {
        if (sort == null || sort.isBlank()) {
            return BY_TITLE;
        }
        boolean descending = sort.startsWith("-");
        String key = descending ? sort.substring(1) : sort;
        if ("title".equals(key)) {
            return descending ? BY_TITLE.reversed() : BY_TITLE;
        }
        Function<OccupationListing, Integer> figure = FIGURES.get(key);
        if (figure == null) {
            throw new InvalidParameterException("sort",
                    "sort must be one of title, pay, growth, jobs, optionally with a leading - for descending order.");
        }
        Comparator<Integer> values = descending ? Comparator.reverseOrder() : Comparator.naturalOrder();
        return Comparator.comparing(figure, Comparator.nullsLast(values)).thenComparing(BY_TITLE);
    }

    List<OccupationListing> apply(List<OccupationListing> occupations) {
        return occupations.stream().filter(test).toList();
    }

    private static <E extends Enum<E> & Labelled> Set<E> codes(String name, String value, Class<E> type) {
        if (value == null) {
            return null;
        }
        Set<E> chosen = EnumSet.noneOf(type);
        for (String code : value.split(",", -1)) {
            String wanted = code.strip().toUpperCase(Locale.ROOT);
            E match = Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(wanted)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException(name, name + " must be one or more of "
                            + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))
                            + ", separated by commas."));
            chosen.add(match);
        }
        return chosen;
    }

    private static Predicate<OccupationListing> bounds(String minName, String min, String maxName, String max,
                                                       Function<OccupationListing, Integer> figure) {
        Integer low = number(minName, min);
        Integer high = number(maxName, max);
        if (low == null && high == null) {
            return o -> true;
        }
        if (low != null && high != null && low > high) {
            throw new InvalidParameterException(minName, minName + " must not be above " + maxName + ".");
        }
        return o -> {
            Integer value = figure.apply(o);
            return value != null && (low == null || value >= low) && (high == null || value <= high);
        };
    }

    static Integer number(String name, String value) {
        if (value == null) {
            return null;
        }
        if (!value.strip().matches("-?[0-9]{1,9}")) {
            throw new InvalidParameterException(name, name + " must be a whole number.");
        }
        return Integer.parseInt(value.strip());
    }
}
