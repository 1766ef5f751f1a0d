package org.handbook.importer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.handbook.occupation.BlockKind;
import org.handbook.occupation.EducationLevel;
import org.handbook.occupation.Exhibit;
import org.handbook.occupation.OnTheJobTraining;
import org.handbook.occupation.OutlookDescriptor;
import org.handbook.occupation.Tab;
import org.handbook.occupation.WorkExperience;
import org.handbook.system.Labelled;
import org.handbook.importer.ImportedProfile.Photo;
import org.handbook.importer.ImportedProfile.QuickFacts;
import org.handbook.importer.ImportedProfile.Summary;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Maps one {@code <occupation>} element onto an {@link ImportedProfile}. A value that cannot be read
 * becomes absent with a warning naming the occupation and the element; an occupation without a title,
 * or one whose mapping fails outright, is reported as a problem and skipped.
 */
public final class ProfileMapper {

    /** The tab elements of an occupation, in file order, with the tab each one fills. */
    static final Map<String, Tab> TAB_ELEMENTS = tabElements();
    /** The summary elements, each the Summary tab's text for one tab. */
    static final Map<String, Tab> SUMMARY_ELEMENTS = summaryElements();

    /**
     * The annual wage percentiles BLS states in the Pay tab's prose. Whole dollars only: for
     * occupations paid by the hour BLS states hourly percentiles ("less than $14.00"), which are no
     * annual figure.
     */
    static final Pattern LOWEST_TENTH = Pattern.compile("lowest 10 percent earned less than \\$([\\d,]++)(?!\\.\\d)");
    static final Pattern HIGHEST_TENTH = Pattern.compile("highest 10 percent earned more than \\$([\\d,]++)(?!\\.\\d)");
    /** Also mid-sentence: "Despite declining employment, about 542,600 openings for cashiers are projected ...". */
    private static final Pattern OPENINGS = Pattern.compile("\\b[Aa]bout ([\\d,]+) openings for");

    /** The outcome for one occupation: a profile, or the problem that kept it out; and the warnings. */
    public record Result(ImportedProfile profile, ImportIssue problem, List<ImportIssue> warnings,
            Map<String, ProfileRef> namedLinks) {
    }

    public Result map(OccupationElement occupation) {
        String name = occupation.displayName();
        MappingContext context = new MappingContext(name);
        XmlNode node = occupation.node();
        Optional<String> title = node.textAt("title");
        if (title.isEmpty()) {
            return skipped(context, new ImportIssue(name, "title", "no title; occupation skipped"));
        }
        String element = "occupation";
        try {
            element = "quick_facts";
            QuickFacts quickFacts = node.child("quick_facts").map(facts -> quickFacts(facts, context))
                    .orElse(QuickFacts.NONE);
            element = "image";
            Photo photo = node.child("image").map(image -> photo(image.text())).orElse(null);
            element = "summary";
            List<Summary> summaries = summaries(node);
            List<String> socCodes = node.child("soc_coverage").map(coverage -> coverage.children("soc_code")
                    .stream().map(code -> code.text().strip()).filter(code -> !code.isEmpty()).toList())
                    .orElse(List.of());
            for (Map.Entry<String, Tab> tab : TAB_ELEMENTS.entrySet()) {
                element = tab.getKey();
                Optional<XmlNode> section = node.child(tab.getKey());
                if (section.isPresent()) {
                    tab(tab.getValue(), tab.getKey(), section.get(), context, title.get());
                }
            }
            element = "citation";
            Optional<ProfileRef> ref = node.child("citation").flatMap(citation -> citationRef(citation.text()));
            String pluralName = node.textAt("occupation_name_short_plural").orElse(title.get());
            ImportedProfile profile = new ImportedProfile(
                    occupation.ordinal(),
                    ref.orElse(null),
                    title.get(),
                    node.textAt("occupation_name_full").orElse(null),
                    pluralName,
                    pluralNoun(pluralName, summaries, node.textAt("description").orElse("")),
                    node.textAt("occupation_name_short_singular").orElse(null),
                    node.textAt("description").map(HtmlText::clean).orElse(null),
                    node.textAt("occupation_code").orElse(null),
                    socCodes,
                    date(node, "publish_date", context),
                    node.textAt("video_link").orElse(null),
                    ref.map(ProfileRef::blsUrl).orElse(null),
                    withProseFigures(quickFacts, context, summaries),
                    photo,
                    summaries,
                    List.copyOf(context.blocks),
                    List.copyOf(context.industryEmployment),
                    List.copyOf(context.industryWages),
                    context.wageChart,
                    context.outlookChart,
                    List.copyOf(context.projections),
                    List.copyOf(context.similarOccupations),
                    List.copyOf(context.stateAreaResources),
                    List.copyOf(context.contacts),
                    List.copyOf(context.onetLinks),
                    List.copyOf(context.tables));
            return new Result(profile, null, context.warnings(), context.namedLinks());
        }
        catch (RuntimeException ex) {
            return skipped(context, new ImportIssue(name, element, "could not be mapped ("
                    + Optional.ofNullable(ex.getMessage()).orElse(ex.getClass().getSimpleName())
                    + "); occupation skipped"));
        }
    }

    private static Result skipped(MappingContext context, ImportIssue problem) {
        return new Result(null, problem, context.warnings(), Map.of());
    }

    private QuickFacts quickFacts(XmlNode facts, MappingContext context) {
        return new QuickFacts(
                whole(facts, "qf_median_pay_annual/value", context),
                facts.textAt("qf_median_pay_annual/note").orElse(null),
                decimal(facts, "qf_median_pay_hourly/value", context),
                facts.textAt("qf_median_pay_hourly/note").orElse(null),
                label(facts, "qf_entry_level_education/value", EducationLevel.class, context),
                label(facts, "qf_work_experience/value", WorkExperience.class, context),
                label(facts, "qf_on_the_job_training/value", OnTheJobTraining.class, context),
                whole(facts, "qf_number_of_jobs/value", context),
                whole(facts, "qf_employment_outlook/value", context),
                label(facts, "qf_employment_outlook/description", OutlookDescriptor.class, context),
                whole(facts, "qf_employment_openings/value", context),
                null, null, null);
    }

    /** Adds the figures BLS gives only in prose: the wage percentiles and the yearly openings. */
    private QuickFacts withProseFigures(QuickFacts facts, MappingContext context, List<Summary> summaries) {
        String pay = context.blocks.stream().filter(block -> block.tab() == Tab.PAY
                && block.kind() == BlockKind.PARAGRAPH).map(ImportedProfile.Block::text)
                .reduce("", (all, text) -> all + " " + text);
        String outlook = summaries.stream().filter(summary -> summary.tab() == Tab.JOB_OUTLOOK)
                .map(Summary::text).reduce("", (all, text) -> all + " " + text)
                + context.blocks.stream().filter(block -> block.tab() == Tab.JOB_OUTLOOK && block.text() != null)
                .map(ImportedProfile.Block::text).reduce("", (all, text) -> all + " " + text);
        return new QuickFacts(facts.medianPayAnnual(), facts.medianPayAnnualNote(), facts.medianPayHourly(),
                facts.medianPayHourlyNote(), facts.entryEducation(), facts.workExperience(),
                facts.onTheJobTraining(), facts.employment(), facts.outlookPercent(), facts.outlookDescriptor(),
                facts.employmentChange(), firstNumber(LOWEST_TENTH, pay), firstNumber(HIGHEST_TENTH, pay),
                firstNumber(OPENINGS, outlook));
    }

    static Integer firstNumber(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.find() ? Integer.valueOf(matcher.group(1).replace(",", "")) : null;
    }

    private static Integer whole(XmlNode facts, String path, MappingContext context) {
        Optional<String> text = facts.textAt(path);
        try {
            return text.map(HtmlText::wholeNumber).orElse(null);
        }
        catch (NumberFormatException ex) {
            context.warn("quick_facts/" + path, "not a whole number: \"" + text.get() + "\"; kept as absent");
            return null;
        }
    }

    private static BigDecimal decimal(XmlNode facts, String path, MappingContext context) {
        Optional<String> text = facts.textAt(path);
        try {
            return text.flatMap(HtmlText::decimal).orElse(null);
        }
        catch (NumberFormatException ex) {
            context.warn("quick_facts/" + path, "not a number: \"" + text.get() + "\"; kept as absent");
            return null;
        }
    }

    private static <E extends Enum<E> & Labelled> E label(XmlNode facts, String path, Class<E> type,
            MappingContext context) {
        Optional<String> text = facts.textAt(path);
        if (text.isEmpty()) {
            return null;
        }
        Optional<E> value = Labels.find(type, text.get());
        if (value.isEmpty()) {
            context.warn("quick_facts/" + path, "unknown " + type.getSimpleName() + " \"" + text.get()
                    + "\"; kept as absent");
        }
        return value.orElse(null);
    }

    private static LocalDate date(XmlNode node, String path, MappingContext context) {
        Optional<String> text = node.textAt(path);
        try {
            return text.map(LocalDate::parse).orElse(null);
        }
        catch (DateTimeParseException ex) {
            context.warn(path, "not a date (yyyy-mm-dd): \"" + text.get() + "\"; kept as absent");
            return null;
        }
    }

    private static Photo photo(String html) {
        Document document = HtmlText.parse(html);
        Element image = document.selectFirst("img");
        Element caption = document.selectFirst(".image-caption");
        String captionText = caption != null ? HtmlText.text(caption) : HtmlText.text(document.body());
        String alt = image == null ? "" : HtmlText.clean(image.attr("alt"));
        if (alt.isEmpty() && captionText.isEmpty()) {
            return null;
        }
        return new Photo(alt.isEmpty() ? null : alt, captionText.isEmpty() ? null : captionText);
    }

    private static List<Summary> summaries(XmlNode node) {
        List<Summary> summaries = new ArrayList<>();
        for (Map.Entry<String, Tab> entry : SUMMARY_ELEMENTS.entrySet()) {
            Optional<XmlNode> element = node.child(entry.getKey());
            if (element.isEmpty()) {
                continue;
            }
            Document document = HtmlText.parse(element.get().text());
            Element first = document.selectFirst("h1, h2, h3, h4, h5, h6");
            String heading = first == null ? null : HtmlText.text(first);
            document.select("h1, h2, h3, h4, h5, h6").remove();
            int position = 0;
            for (NarrativeWalker.Piece piece : NarrativeWalker.walk(document.body())) {
                if (piece.kind() != NarrativeWalker.Kind.TABLE) {
                    position++;
                    summaries.add(new Summary(entry.getValue(), position,
                            position == 1 && heading != null && !heading.isEmpty() ? heading : null, piece.text()));
                }
            }
        }
        return List.copyOf(summaries);
    }

    private void tab(Tab tab, String name, XmlNode section, MappingContext context, String title) {
        section.child("section_image").map(image -> photo(image.text())).ifPresent(photo ->
                context.block(tab, BlockKind.PHOTO, photo.alt(), photo.caption()));
        String subject = title;
        Optional<XmlNode> wageChart = section.child("section_chart_html");
        if (tab == Tab.PAY && wageChart.isPresent()) {
            context.wageChart = new ChartParser(context).parse(name + "/section_chart_html",
                    wageChart.get().text(), subject, true);
            if (context.wageChart != null) {
                context.exhibit(tab, Exhibit.WAGE_CHART.name());
            }
        }
        Optional<XmlNode> outlookChart = section.child("section_chart");
        if (tab == Tab.JOB_OUTLOOK && outlookChart.isPresent()) {
            context.outlookChart = new ChartParser(context).parse(name + "/section_chart",
                    outlookChart.get().text(), subject, false);
            if (context.outlookChart != null) {
                context.exhibit(tab, Exhibit.OUTLOOK_CHART.name());
            }
        }
        String bodyElement = name + "/section_body";
        Element body = HtmlText.parse(section.child("section_body").map(XmlNode::text).orElse("")).body();
        switch (tab) {
            case STATE_AND_AREA_DATA -> new SectionParsers(context).stateAndArea(bodyElement, body);
            case MORE_INFORMATION -> new SectionParsers(context).moreInformation(bodyElement, body);
            default -> new NarrativeMapper(context).map(tab, bodyElement, body);
        }
        Optional<XmlNode> datatable = section.child("section_datatable");
        if (tab == Tab.JOB_OUTLOOK && datatable.isPresent()) {
            int before = context.projections.size();
            String caption = new ProjectionParser(context).parse(name + "/section_datatable", datatable.get().text());
            if (context.projections.size() > before) {
                context.exhibit(tab, Exhibit.PROJECTIONS.name(), caption);
            }
        }
    }

    /** The profile's own address, from the link in its suggested citation. */
    static Optional<ProfileRef> citationRef(String html) {
        return HtmlText.parse(html).select("a[href]").stream()
                .map(link -> ProfileRef.fromHref(link.attr("href"))).flatMap(Optional::stream).findFirst();
    }

    /** The plural name as running text writes it, found in the profile's own sentences. */
    private static String pluralNoun(String pluralName, List<Summary> summaries, String description) {
        List<String> texts = new ArrayList<>(summaries.stream().map(Summary::text).toList());
        texts.add(description);
        String wanted = pluralName.toLowerCase(Locale.ROOT);
        for (String text : texts) {
            // a sentence's first words are capitalised whatever the name; only later ones show its case
            int at = text.toLowerCase(Locale.ROOT).indexOf(wanted, 1);
            if (at > 0) {
                return text.substring(at, at + pluralName.length());
            }
        }
        return pluralName;
    }

    private static Map<String, Tab> tabElements() {
        Map<String, Tab> tabs = new LinkedHashMap<>();
        tabs.put("what_they_do", Tab.WHAT_THEY_DO);
        tabs.put("work_environment", Tab.WORK_ENVIRONMENT);
        tabs.put("how_to_become_one", Tab.HOW_TO_BECOME_ONE);
        tabs.put("pay", Tab.PAY);
        tabs.put("job_outlook", Tab.JOB_OUTLOOK);
        tabs.put("state_and_area", Tab.STATE_AND_AREA_DATA);
        tabs.put("similar_occupations", Tab.SIMILAR_OCCUPATIONS);
        tabs.put("more_information", Tab.MORE_INFORMATION);
        return tabs;
    }

    private static Map<String, Tab> summaryElements() {
        Map<String, Tab> summaries = new LinkedHashMap<>();
        summaries.put("summary_what_they_do", Tab.WHAT_THEY_DO);
        summaries.put("summary_work_environment", Tab.WORK_ENVIRONMENT);
        summaries.put("summary_how_to_become_one", Tab.HOW_TO_BECOME_ONE);
        summaries.put("summary_pay", Tab.PAY);
        summaries.put("summary_outlook", Tab.JOB_OUTLOOK);
        summaries.put("summary_state_and_area", Tab.STATE_AND_AREA_DATA);
        summaries.put("summary_similar_occupations", Tab.SIMILAR_OCCUPATIONS);
        summaries.put("summary_more_information", Tab.MORE_INFORMATION);
        return summaries;
    }
}
