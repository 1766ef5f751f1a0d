package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.handbook.occupation.Tab;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.BundledHandbook;
import org.handbook.support.BundledHandbook.Profile;
import org.handbook.support.SiteClient;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Everything BLS says in the shipped 2024-34 Handbook is on the site: for each of the 342 profiles,
 * every sentence and figure of every section of the XML is on the tab where BLS shows it. The XML is
 * read here with jsoup, not through the importer's mapping, so a sentence the mapper drops shows up.
 * Misses are collected over the whole file and reported together, one line each.
 */
class WholeHandbookTextTests extends BundledEditionTest {

    /** Elements whose text a reader sees as one piece; the innermost of them is compared. */
    private static final String TEXT_UNITS = "p, li, h1, h2, h3, h4, h5, h6, dt, dd, caption, th, td";
    /** A sentence ends at a full stop, question or exclamation mark followed by a space. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");
    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d)[\u2013\u2014](\\d)");
    private static final Pattern HAS_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    /** The XML's sections whose HTML the tab shows, beside the body: charts and the projections table. */
    private static final List<String> SECTION_PARTS = List.of("section_body", "section_chart_html", "section_chart",
            "section_datatable");

    /** What the site shows of one profile: each tab's text, the quick facts, the similar occupations' links. */
    private record Shown(Map<Tab, String> tabs, String quickFacts, List<Element> similarLinks) {
    }

    /** Each page of the 342 profiles is fetched once for all three tests (two threads: the site renders while we parse). */
    private static Map<Profile, Shown> shown;

    @BeforeEach
    void readTheSiteOnce() {
        if (shown == null) {
            SiteClient site = site();
            shown = BundledHandbook.profiles().parallelStream()
                    .collect(Collectors.toConcurrentMap(profile -> profile, profile -> show(site, profile)));
        }
    }

    @Test
    void everySentenceAndFigureOfEverySectionIsOnItsTab() {
        List<String> misses = new ArrayList<>();
        int compared = 0;
        for (Profile profile : BundledHandbook.profiles()) {
            String summary = shown.get(profile).tabs().get(Tab.SUMMARY);
            for (String element : ProfileMapper.SUMMARY_ELEMENTS.keySet()) {
                for (String sentence : profile.html(element).map(WholeHandbookTextTests::sentences).orElse(List.of())) {
                    compared++;
                    if (!summary.contains(sentence)) {
                        misses.add(miss(profile, Tab.SUMMARY, element, sentence));
                    }
                }
            }
            for (Map.Entry<String, Tab> section : ProfileMapper.TAB_ELEMENTS.entrySet()) {
                Optional<XmlNode> node = profile.node().child(section.getKey());
                if (node.isEmpty()) {
                    continue;
                }
                String page = shown.get(profile).tabs().get(section.getValue());
                for (String part : SECTION_PARTS) {
                    for (String sentence : node.get().child(part).map(XmlNode::text).map(WholeHandbookTextTests::sentences)
                            .orElse(List.of())) {
                        compared++;
                        if (!page.contains(sentence)) {
                            misses.add(miss(profile, section.getValue(), section.getKey() + "/" + part, sentence));
                        }
                    }
                }
            }
        }

        assertThat(compared).as("sentences compared").isGreaterThan(BundledHandbook.PROFILES * 50);
        assertThat(misses).withFailMessage(() -> report("sentences of the XML not on their tab", misses)).isEmpty();
    }

    @Test
    void everyQuickFactIsOnTheSummaryTab() {
        List<String> misses = new ArrayList<>();
        int compared = 0;
        for (Profile profile : BundledHandbook.profiles()) {
            Optional<XmlNode> facts = profile.node().child("quick_facts");
            if (facts.isEmpty()) {
                continue;
            }
            String table = shown.get(profile).quickFacts();
            for (Map.Entry<String, String> fact : expectedFacts(facts.get()).entrySet()) {
                compared++;
                if (!table.contains(fact.getValue())) {
                    misses.add(miss(profile, Tab.SUMMARY, "quick_facts/" + fact.getKey(), fact.getValue()));
                }
            }
        }

        assertThat(compared).as("quick facts compared").isGreaterThan(BundledHandbook.PROFILES * 6);
        assertThat(misses).withFailMessage(() -> report("quick facts not in the Summary's table", misses)).isEmpty();
    }

    @Test
    void theKindsOfWorkersBlsNamesInBoldAreBoldOnWhatTheyDo() {
        Document sonographers = site().page("/healthcare/diagnostic-medical-sonographers/what-they-do");

        assertThat(sonographers.select("[data-qa=tab-panel] p > strong").eachText())
                .contains("Abdominal sonographers", "Cardiac sonographers (echocardiographers)", "Pediatric sonographers");
        assertThat(sonographers.select("[data-qa=tab-panel] p:has(> strong)").eachText())
                .anyMatch(text -> text.startsWith("Cardiac sonographers (echocardiographers) specialize"));
    }

    @Test
    void similarOccupationsLinkToTheirOwnProfiles() {
        Map<String, Profile> byBlsPath = BundledHandbook.profiles().stream()
                .collect(Collectors.toMap(Profile::blsPath, profile -> profile));
        List<String> misses = new ArrayList<>();
        int links = 0;
        for (Profile profile : BundledHandbook.profiles()) {
            Optional<String> body = profile.node().find("similar_occupations/section_body").map(XmlNode::text);
            if (body.isEmpty()) {
                continue;
            }
            for (Element link : Jsoup.parseBodyFragment(body.get(), HtmlText.BLS).select("tr a[href]")) {
                Optional<ProfileRef> ref = ProfileRef.fromHref(link.absUrl("href"));
                String name = normal(link.text());
                // only the row's name links to the occupation: its image link names no one, the duties may
                // mention other occupations, and "See How to Become One" links to a tab
                if (ref.isEmpty() || name.isEmpty() || link.closest("p") != null || link.attr("href").contains("#")) {
                    continue;
                }
                Profile target = byBlsPath.get("/ooh/" + ref.get().group() + "/" + ref.get().slug() + ".htm");
                if (target == null) {
                    continue;
                }
                links++;
                List<String> hrefs = shown.get(profile).similarLinks().stream()
                        .filter(a -> normal(a.text()).equals(name)).map(a -> a.attr("href")).toList();
                // every target is one of the 342, whose pages readTheSiteOnce() fetched with a 200 each
                if (!hrefs.contains(target.path())) {
                    misses.add(profile.title() + ": \"" + name + "\" links to " + hrefs + ", not " + target.path());
                }
            }
        }

        assertThat(links).as("links between the bundled profiles").isGreaterThan(BundledHandbook.PROFILES);
        assertThat(misses).withFailMessage(() -> report("similar occupations not linked to their profile", misses)).isEmpty();
    }

    private static Shown show(SiteClient site, Profile profile) {
        Map<Tab, String> tabs = new EnumMap<>(Tab.class);
        String quickFacts = "";
        List<Element> similarLinks = List.of();
        for (Tab tab : Tab.values()) {
            Document page = site.page(profile.path() + tab.path());
            if (tab == Tab.SUMMARY) {
                quickFacts = normal(page.select("[data-qa=quick-facts]").text());
            }
            if (tab == Tab.SIMILAR_OCCUPATIONS) {
                similarLinks = List.copyOf(page.select("[data-qa=similar-occupations] a[href]"));
            }
            tabs.put(tab, tabText(profile, tab, page));
        }
        return new Shown(tabs, quickFacts, similarLinks);
    }

    /** The text of the tab's content as a reader gets it: hidden helper text and the drawn chart left out. */
    private static String tabText(Profile profile, Tab tab, Document page) {
        Element panel = page.selectFirst("[data-qa=tab-panel]");
        if (panel == null) {
            throw new AssertionError(profile.path() + tab.path() + " has no tab panel");
        }
        // the SVG repeats the chart's data table, and the site's own glossary notes are not BLS's text
        panel.select(".visually-hidden, [hidden], svg, details.about-section, details.definitions").remove();
        return normal(panel.text());
    }

    /**
     * The sentences of one HTML section, normalised: the text of each innermost paragraph, list item,
     * heading or cell, and any text outside them, split after each full stop.
     */
    static List<String> sentences(String html) {
        Document document = Jsoup.parseBodyFragment(html);
        document.select("script, style, noscript").remove();
        List<String> pieces = new ArrayList<>();
        for (Element unit : document.body().select(TEXT_UNITS)) {
            if (unit.select(TEXT_UNITS).size() == 1) {
                pieces.add(unit.text());
            }
        }
        for (Element element : document.body().getAllElements()) {
            if (element.closest(TEXT_UNITS) == null) {
                for (TextNode text : element.textNodes()) {
                    pieces.add(text.text());
                }
            }
        }
        List<String> sentences = new ArrayList<>();
        for (String piece : pieces) {
            for (String sentence : SENTENCE_END.split(normal(piece))) {
                // a lone dash stands for "no figure" (an aggregate row's SOC code), which the site leaves empty
                if (HAS_WORD.matcher(sentence).find()) {
                    sentences.add(sentence);
                }
            }
        }
        return sentences;
    }

    /** What BLS's quick facts box shows for each value, written as the Handbook writes figures. */
    private static Map<String, String> expectedFacts(XmlNode facts) {
        Map<String, String> expected = new LinkedHashMap<>();
        NumberFormat grouping = NumberFormat.getIntegerInstance(Locale.US);
        facts.textAt("qf_median_pay_annual/value")
                .ifPresent(value -> expected.put("qf_median_pay_annual", "$" + grouping.format(Long.parseLong(value))));
        facts.textAt("qf_median_pay_annual/note").ifPresent(note -> expected.put("qf_median_pay_annual/note", normal(note)));
        facts.textAt("qf_median_pay_hourly/value")
                .ifPresent(value -> expected.put("qf_median_pay_hourly", "$" + new BigDecimal(value).setScale(2) + " per hour"));
        facts.textAt("qf_median_pay_hourly/note").ifPresent(note -> expected.put("qf_median_pay_hourly/note", normal(note)));
        for (String label : List.of("qf_entry_level_education", "qf_work_experience", "qf_on_the_job_training")) {
            facts.textAt(label + "/value").ifPresent(value -> expected.put(label, normal(value)));
        }
        facts.textAt("qf_number_of_jobs/value")
                .ifPresent(value -> expected.put("qf_number_of_jobs", grouping.format(Long.parseLong(value))));
        facts.textAt("qf_employment_outlook/value").ifPresent(value -> expected.put("qf_employment_outlook", value + "%"));
        facts.textAt("qf_employment_outlook/description")
                .ifPresent(value -> expected.put("qf_employment_outlook/description", normal(value)));
        facts.textAt("qf_employment_openings/value")
                .ifPresent(value -> expected.put("qf_employment_openings", grouping.format(Long.parseLong(value))));
        return expected;
    }

    /**
     * Whitespace of any kind collapsed, soft hyphens and zero-width spaces dropped, and a range of years
     * written with a hyphen: BLS types "2024–34" with an en dash where the site writes "2024-34".
     */
    static String normal(String text) {
        String collapsed = text.replace("\u00ad", "").replace("\u200b", "")
                .replaceAll("[\\s\\u00a0\\u2007\\u2009\\u202f]+", " ").strip();
        return YEAR_RANGE.matcher(collapsed).replaceAll("$1-$2");
    }

    private static String miss(Profile profile, Tab tab, String element, String text) {
        return profile.title() + " | " + tab.label() + " | " + element + " | " + text;
    }

    private static String report(String what, List<String> misses) {
        return misses.size() + " " + what + " (profile | tab | element | text):\n" + String.join("\n", misses);
    }
}
