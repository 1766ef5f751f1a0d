package org.handbook.catalog;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Supplier;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.QuickFacts;
import org.handbook.occupation.ProfileView.GroupRef;
import org.handbook.occupation.WorkExperience;
import org.handbook.system.Labelled;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Occupation Finder's filters and sort, as the finder page, its CSV and the JSON API read
 * them from query parameters. Within a filter the values chosen are alternatives (any of them);
 * across filters all must hold. An empty filter lets everything through. An occupation that lacks
 * the figure a filter tests (such as one whose profile is not loaded) does not pass that filter.
 *
 * <p>Parameters ({@link #parse}): {@code group}, {@code education}, {@code experience},
 * {@code training}, {@code growth}, {@code jobs}, {@code pay} (each repeatable) and {@code sort};
 * a group is named by its slug ({@code healthcare}), the other values are the lower-case, hyphenated
 * names of the constants ({@code bachelor}, {@code less-than-5-years}, {@code much-faster},
 * {@code from-1000-to-4999}, {@code from-40000-to-59999}, {@code pay-asc}).
 */
public record FinderQuery(
        Set<String> groups,
        Set<EducationLevel> education,
        Set<WorkExperience> experience,
        Set<OnTheJobTraining> training,
        Set<OutlookDescriptor> growth,
        Set<NewJobsRange> jobs,
        Set<PayRange> pay,
        FinderSort sort) {

    public static final String GROUP = "group";
    public static final String EDUCATION = "education";
    public static final String EXPERIENCE = "experience";
    public static final String TRAINING = "training";
    public static final String GROWTH = "growth";
    public static final String JOBS = "jobs";
    public static final String PAY = "pay";
    public static final String SORT = "sort";

    /** Every occupation, by title. */
    public static final FinderQuery ALL = new FinderQuery(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), FinderSort.TITLE);

    private static final int ECHO_LIMIT = 40;

    public FinderQuery {
        // sorted, so that the query string of a query is always the same
        groups = Collections.unmodifiableSortedSet(groups == null ? new TreeSet<>() : new TreeSet<>(groups));
        education = Collections.unmodifiableSet(copy(education, EducationLevel.class));
        experience = Collections.unmodifiableSet(copy(experience, WorkExperience.class));
        training = Collections.unmodifiableSet(copy(training, OnTheJobTraining.class));
        growth = Collections.unmodifiableSet(copy(growth, OutlookDescriptor.class));
        jobs = Collections.unmodifiableSet(copy(jobs, NewJobsRange.class));
        pay = Collections.unmodifiableSet(copy(pay, PayRange.class));
        sort = sort == null ? FinderSort.TITLE : sort;
    }

    /**
     * The query the parameters describe, or what is wrong with them.
     *
     * @param parameters query parameters by name (e.g. a {@code MultiValueMap}); names the finder
     *                   does not know are left to the caller; empty values mean "any"
     * @param groups     the slugs of the occupation groups, the choices of {@code group}
     * @return the query, valid or not, and one message per parameter with an invalid value,
     *         keyed by parameter name, in the order of the form
     */
    public static Parsed parse(Map<String, List<String>> parameters, Collection<String> groups) {
        Map<String, String> errors = new LinkedHashMap<>();
        FinderQuery query = new FinderQuery(
                groups(parameters, groups, errors),
                values(parameters, EDUCATION, EducationLevel.class, "entry-level education", errors),
                values(parameters, EXPERIENCE, WorkExperience.class, "work experience", errors),
                values(parameters, TRAINING, OnTheJobTraining.class, "on-the-job training", errors),
                values(parameters, GROWTH, OutlookDescriptor.class, "projected growth rate", errors),
                values(parameters, JOBS, NewJobsRange.class, "projected number of new jobs", errors),
                values(parameters, PAY, PayRange.class, "median pay", errors),
                sort(parameters, errors));
        return new Parsed(query, Collections.unmodifiableMap(errors));
    }

    /** A parsed query; {@code errors} maps a parameter name to a message saying what is wrong with it. */
    public record Parsed(FinderQuery query, Map<String, String> errors) {

        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** The value of a constant in a query parameter: {@code LESS_THAN_5_YEARS} is {@code less-than-5-years}. */
    public static String code(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Whether the occupation passes every filter. */
    public boolean test(CatalogEntry entry) {
        QuickFacts facts = entry.quickFacts();
        return passes(groups, entry.group().slug(), (e, v) -> e.contains(v))
                && passes(education, facts.entryEducation(), (e, v) -> e.contains(v))
                && passes(experience, facts.workExperience(), (e, v) -> e.contains(v))
                && passes(training, facts.onTheJobTraining(), (e, v) -> e.contains(v))
                && passes(growth, facts.outlookDescriptor(), (e, v) -> e.contains(v))
                && passes(jobs, facts.employmentChange(), (e, v) -> e.stream().anyMatch(r -> r.contains(v)))
                && passes(pay, facts.medianPayAnnualAtLeast(), (e, v) -> e.stream().anyMatch(r -> r.contains(v)));
    }

    /** The query as query parameters ("education=bachelor&amp;sort=pay"), empty for {@link #ALL}. */
    public String queryString() {
        UriComponentsBuilder builder = UriComponentsBuilder.newInstance();
        groups.forEach(v -> builder.queryParam(GROUP, v));
        education.forEach(v -> builder.queryParam(EDUCATION, code(v)));
        experience.forEach(v -> builder.queryParam(EXPERIENCE, code(v)));
        training.forEach(v -> builder.queryParam(TRAINING, code(v)));
        growth.forEach(v -> builder.queryParam(GROWTH, code(v)));
        jobs.forEach(v -> builder.queryParam(JOBS, code(v)));
        pay.forEach(v -> builder.queryParam(PAY, code(v)));
        if (sort != FinderSort.TITLE) {
            builder.queryParam(SORT, code(sort));
        }
        String query = builder.build().getQuery();
        return query == null ? "" : query;
    }

    /** The same filters in another order. */
    public FinderQuery sortedBy(FinderSort order) {
        return new FinderQuery(groups, education, experience, training, growth, jobs, pay, order);
    }

    /**
     * The query with one filter narrowed to one of its choices and every other filter as it is: what
     * the result would be if that choice were the filter's only one.
     *
     * @param name the filter's parameter
     * @param code the choice's value in the query string
     */
    public FinderQuery choosing(String name, String code) {
        return new FinderQuery(
                GROUP.equals(name) ? Set.of(code) : groups,
                EDUCATION.equals(name) ? only(EducationLevel.class, code) : education,
                EXPERIENCE.equals(name) ? only(WorkExperience.class, code) : experience,
                TRAINING.equals(name) ? only(OnTheJobTraining.class, code) : training,
                GROWTH.equals(name) ? only(OutlookDescriptor.class, code) : growth,
                JOBS.equals(name) ? only(NewJobsRange.class, code) : jobs,
                PAY.equals(name) ? only(PayRange.class, code) : pay,
                sort);
    }

    /** The filters with their choices, for drawing the form; {@code groups} in the Handbook's order. */
    public List<Filter> filters(List<GroupRef> groups) {
        List<Option> groupOptions = groups.stream()
                .map(g -> new Option(g.slug(), g.title(), this.groups.contains(g.slug()))).toList();
        return List.of(
                new Filter(GROUP, "Occupation group", Period.NONE, null, groupOptions),
                filter(EDUCATION, "Entry-level education", Period.NONE, "entry-level-education",
                        EducationLevel.class, education),
                filter(EXPERIENCE, "Work experience in a related occupation", Period.NONE, "work-experience",
                        WorkExperience.class, experience),
                filter(TRAINING, "On-the-job training", Period.NONE, "on-the-job-training", OnTheJobTraining.class,
                        training),
                filter(GROWTH, "Projected growth rate", Period.PROJECTIONS, "projected-growth-rate",
                        OutlookDescriptor.class, growth),
                filter(JOBS, "Projected number of new jobs", Period.PROJECTIONS, "projected-new-jobs",
                        NewJobsRange.class, jobs),
                filter(PAY, "Median pay", Period.WAGES, "median-pay", PayRange.class, pay));
    }

    /** The choices of the sort, for drawing the form, with {@code chosen} selected. */
    public static List<Option> sortChoices(FinderSort chosen) {
        return Arrays.stream(FinderSort.values()).map(s -> new Option(code(s), s.label(), s == chosen)).toList();
    }

    /**
     * A filter of the form: its parameter, what it tests, the period of the figure it tests, the
     * glossary entry that defines it (null for the occupation group, which needs no definition), its
     * choices.
     */
    public record Filter(String name, String title, Period period, String glossarySlug, List<Option> options) {

        /** The form's legend, with the period of the edition listed: "Median pay, May 2024". */
        public String legend(CatalogEdition edition) {
            return switch (period) {
                case NONE -> title;
                case PROJECTIONS -> edition == null ? title : title + ", " + edition.projectionPeriod();
                case WAGES -> edition == null ? title : title + ", " + edition.wagesPeriod();
            };
        }
    }

    /** Which of an edition's periods a filter's figure belongs to. */
    public enum Period {
        NONE, PROJECTIONS, WAGES
    }

    public record Option(String code, String label, boolean selected) {
    }

    private interface Test<E, V> {
        boolean holds(Set<E> chosen, V value);
    }

    private static <E, V> boolean passes(Set<E> chosen, V value, Test<E, V> test) {
        return chosen.isEmpty() || (value != null && test.holds(chosen, value));
    }

    private static <E extends Enum<E> & Labelled> Filter filter(String name, String title, Period period,
                                                                 String glossarySlug, Class<E> type, Set<E> chosen) {
        List<Option> options = Arrays.stream(type.getEnumConstants())
                .map(c -> new Option(code(c), c.label(), chosen.contains(c))).toList();
        return new Filter(name, title, period, glossarySlug, options);
    }

    private static <E extends Enum<E>> Set<E> only(Class<E> type, String code) {
        return Set.of(constant(type, code).orElseThrow(() -> new IllegalArgumentException(code)));
    }

    private static Set<String> groups(Map<String, List<String>> parameters, Collection<String> known,
                                      Map<String, String> errors) {
        return values(parameters, GROUP, "occupation group", errors,
                value -> Optional.of(value.strip().toLowerCase(Locale.ROOT)).filter(known::contains), TreeSet::new);
    }

    private static <E extends Enum<E> & Labelled> Set<E> values(Map<String, List<String>> parameters, String name,
                                                                  Class<E> type, String what,
                                                                  Map<String, String> errors) {
        return values(parameters, name, what, errors, value -> constant(type, value), () -> EnumSet.noneOf(type));
    }

    private static <V> Set<V> values(Map<String, List<String>> parameters, String name, String what,
                                     Map<String, String> errors, Function<String, Optional<V>> choice,
                                     Supplier<Set<V>> empty) {
        Set<V> chosen = empty.get();
        List<String> invalid = new ArrayList<>();
        for (String value : parameters.getOrDefault(name, List.of())) {
            if (value == null || value.isBlank()) {
                continue;
            }
            choice.apply(value).ifPresentOrElse(chosen::add, () -> invalid.add(value));
        }
        if (!invalid.isEmpty()) {
            errors.put(name, "Choose " + what + " from the list; " + echo(invalid)
                    + (invalid.size() == 1 ? " is not one of its choices." : " are not among its choices."));
        }
        return chosen;
    }

    private static FinderSort sort(Map<String, List<String>> parameters, Map<String, String> errors) {
        List<String> values = parameters.getOrDefault(SORT, List.of()).stream()
                .filter(v -> v != null && !v.isBlank()).toList();
        if (values.isEmpty()) {
            return FinderSort.TITLE;
        }
        Optional<FinderSort> sort = constant(FinderSort.class, values.get(0));
        if (values.size() > 1 || sort.isEmpty()) {
            errors.put(SORT, values.size() > 1 ? "Choose one sort order only."
                    : "Choose a sort order from the list; " + echo(values) + " is not one of its choices.");
            return FinderSort.TITLE;
        }
        return sort.get();
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String value) {
        String code = value.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        return Arrays.stream(type.getEnumConstants()).filter(c -> code(c).equals(code)).findFirst();
    }

    /** The invalid values as the message quotes them: short, so a long value cannot flood the page. */
    private static String echo(List<String> values) {
        return String.join(", ", values.stream().map(v -> {
            String trimmed = v.strip();
            return "\u201c" + (trimmed.length() > ECHO_LIMIT ? trimmed.substring(0, ECHO_LIMIT) + "\u2026" : trimmed)
                    + "\u201d";
        }).toList());
    }

    private static <E extends Enum<E>> Set<E> copy(Set<E> values, Class<E> type) {
        return values == null || values.isEmpty() ? EnumSet.noneOf(type) : EnumSet.copyOf(values);
    }
}
