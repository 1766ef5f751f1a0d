package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nu.validator.client.EmbeddedValidator;
import org.handbook.occupation.Tab;
import org.handbook.quality.AccessibilityTests;
import org.handbook.support.Browser;
import org.handbook.support.ScratchDatabase;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.handbook.system.DataVersion;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.WebDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixture, as a 2024-34 edition, imported into a database of its own (other tests expect the
 * seed to be current): the site serves the imported profiles by default and the seed's 2022-32
 * profile on request, with what changed between them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EditionImportTests {

    private static final String HIT = "health-information-technologists-and-medical-registrars";
    private static final String HIT_PATH = "/healthcare/" + HIT + "/";
    private static final List<String> TABLES = List.of("edition", "occupation_group", "occupation", "tab_summary",
            "narrative_block", "industry_employment", "industry_wage", "wage_comparison", "outlook_comparison",
            "projection_row", "state_area_resource", "contact", "similar_occupation", "occupation_soc_code", "data_table_cell",
            "onet_link");
    @RegisterExtension
    static final ScratchDatabase DATABASE = new ScratchDatabase("handbook_import_editions");

    private static EditionWriter.Outcome firstImport;
    private static String versionBefore;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
    }

    @LocalServerPort
    int port;

    @Autowired
    EditionWriter writer;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataVersion dataVersion;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void importOnce() {
        if (firstImport == null) {
            versionBefore = dataVersion.current().token();
            firstImport = write(edition2024());
        }
    }

    @Test
    void theImportLoadsTheProfilesAndSaysWhatItDid() {
        assertThat(firstImport.status()).isEqualTo(EditionWriter.Status.LOADED);
        assertThat(firstImport.edition()).isEqualTo("2024-34");
        assertThat(firstImport.occupations()).isEqualTo(4);
        assertThat(firstImport.partial()).isPositive();
        // military for Military Careers, media-and-communication for a similar occupation the file only links to
        assertThat(firstImport.groups()).isEqualTo(2);
        assertThat(jdbc.queryForObject("select title from occupation_group where slug = 'military'", String.class))
                .isEqualTo("Military");
        assertThat(dataVersion.current().token()).isNotEqualTo(versionBefore);
        assertThat(dataVersion.current().edition()).isEqualTo("2024-34");
    }

    @Test
    void theImportedProfileIsCurrentOnItsTabsWithWhatChangedSinceTheSeed() {
        SiteClient site = new SiteClient(port);
        Document summary = site.page(HIT_PATH);
        assertThat(summary.select("[data-qa=quick-facts]").text()).contains("$61,000 per year", "$29.33 per hour");
        assertThat(summary.select("[data-qa=edition-notice]")).isEmpty();
        assertThat(summary.select("[data-qa=edition-changes] caption").text())
                .isEqualTo("Changes since the 2022-32 edition");
        assertThat(summary.select("[data-qa=edition-changes] tbody tr").first().text())
                .isEqualTo("Median pay, per year $58,250 $61,000");

        Document pay = site.page(HIT_PATH + "pay");
        assertThat(pay.select("h2#tab-heading").text()).isEqualTo("Pay");
        assertThat(pay.select("[data-qa=industry-wages] tbody tr")).isNotEmpty();
    }

    @Test
    void theSeedEditionStaysReachableAndSaysItIsNotCurrent() {
        SiteClient site = new SiteClient(port);
        Document earlier = site.page(HIT_PATH + "pay?edition=2022-32");
        assertThat(earlier.select("[data-qa=edition-line]").text())
                .isEqualTo("2022-32 edition: employment projections 2022-32, wages May 2022");
        assertThat(earlier.select("[data-qa=edition-notice]").text()).contains(
                "This is the 2022-32 edition of this profile, an earlier edition", "See the current edition (2024-34)");
        assertThat(earlier.select("[data-qa=edition-notice] a").attr("href")).isEqualTo(HIT_PATH + "pay");
        assertThat(earlier.select("[data-qa=industry-wages] caption").text()).startsWith("In May 2022, the median annual wages");
        assertThat(earlier.select("link[rel=canonical]").attr("href")).endsWith(HIT_PATH + "pay?edition=2022-32");
        assertThat(earlier.select("nav.tabs a").first().attr("href")).isEqualTo(HIT_PATH + "?edition=2022-32");
        assertThat(site.page(HIT_PATH + "?edition=2022-32").select("[data-qa=quick-facts]").text())
                .contains("$58,250 per year");

        assertThat(site.get(HIT_PATH + "?edition=1999-00").statusCode()).isEqualTo(404);
        assertThat(site.get(HIT_PATH + "?edition=%3Cb%3E").body()).doesNotContain("<b>");
    }

    /** Every tab of the current edition names it, links to the same tab of the earlier one and to what changed. */
    @ParameterizedTest
    @EnumSource(Tab.class)
    void everyTabOfTheCurrentEditionNamesItAndLeadsToTheEarlierOne(Tab tab) {
        SiteClient site = new SiteClient(port);
        Document page = site.page(HIT_PATH + tab.path());

        assertThat(page.select("h1 + [data-qa=edition] [data-qa=edition-line]").text())
                .isEqualTo("2024-34 edition: employment projections 2024-34, wages May 2024");
        assertThat(page.select("[data-qa=edition-notice]")).isEmpty();
        Elements earlier = page.select("[data-qa=other-editions] a");
        assertThat(earlier.eachText()).containsExactly("2022-32 edition");
        assertThat(earlier.attr("href")).isEqualTo(HIT_PATH + tab.path() + "?edition=2022-32");
        Elements changes = page.select("[data-qa=changes-link] a");
        assertThat(changes.text()).isEqualTo("Changes since the 2022-32 edition");
        assertThat(changes.attr("href")).isEqualTo((tab == Tab.SUMMARY ? "" : HIT_PATH) + "#edition-changes");
        assertThat(page.select("[data-qa=citation]").text()).contains("Occupational Outlook Handbook, 2024-34 Edition, "
                + "Health Information Technologists and Medical Registrars, at " + SiteClient.siteAddress(port) + HIT_PATH
                + tab.path() + "?edition=2024-34 (visited ");

        // The earlier edition's tab it links to carries that edition's own figures.
        Document before = site.page(earlier.attr("href"));
        assertThat(before.select("h2#tab-heading").text()).isEqualTo(page.select("h2#tab-heading").text());
        assertThat(before.select("[data-qa=edition-line]").text()).startsWith("2022-32 edition");
    }

    @Test
    void theChangesLinkLeadsToTheTableOfWhatChanged() {
        Document summary = new SiteClient(port).page(HIT_PATH);
        assertThat(summary.select("#edition-changes [data-qa=edition-changes] tbody tr").eachText()).contains(
                "Median pay, per year $58,250 $61,000", "Median pay, per hour $28.01 $29.33");
    }

    @Test
    void printViewEmbedsAndStructuredDataNameTheEditionShown() throws Exception {
        SiteClient site = new SiteClient(port);
        Document print = site.page(HIT_PATH + "print?edition=2022-32");
        assertThat(print.select("[data-qa=edition-line]").text()).startsWith("2022-32 edition");
        assertThat(print.select("[data-qa=citation]").text()).contains("2022-32 Edition",
                "at " + SiteClient.siteAddress(port) + HIT_PATH + "?edition=2022-32 (visited ");
        assertThat(site.page(HIT_PATH + "print").select("[data-qa=edition-line]").text())
                .isEqualTo("2024-34 edition: employment projections 2024-34, wages May 2024");

        assertThat(site.page("/embed/" + HIT + "/pay").select("[data-qa=edition-line]").text())
                .isEqualTo("2024-34 edition: employment projections 2024-34, wages May 2024");
        assertThat(site.page("/embed/" + HIT).select("[data-qa=edition-line]").text()).startsWith("2024-34 edition");

        JsonNode earlier = json.readTree(site.page(HIT_PATH + "pay?edition=2022-32")
                .selectFirst("script[type=application/ld+json]").data());
        assertThat(earlier.at("/mainEntityOfPage/@id").asString())
                .isEqualTo(SiteClient.siteAddress(port) + HIT_PATH + "?edition=2022-32");
        assertThat(earlier.at("/mainEntityOfPage/version").asString()).isEqualTo("2022-32");
        assertThat(earlier.at("/estimatedSalary/0/median").asInt()).isEqualTo(58250);
        JsonNode current = json.readTree(site.page(HIT_PATH).selectFirst("script[type=application/ld+json]").data());
        assertThat(current.at("/mainEntityOfPage/@id").asString()).isEqualTo(SiteClient.siteAddress(port) + HIT_PATH);
        assertThat(current.at("/mainEntityOfPage/version").asString()).isEqualTo("2024-34");

        JsonNode api = json.readTree(site.get("/api/v1/occupations/" + HIT + "?edition=2022-32").body());
        assertThat(api.at("/links/html").asString()).isEqualTo(SiteClient.siteAddress(port) + HIT_PATH + "?edition=2022-32");
        assertThat(api.at("/citation").asString()).contains("Occupational Outlook Handbook, 2022-32 Edition, ");
        assertThat(api.at("/quickFacts/medianPayAnnual/referencePeriod").asString()).isEqualTo("May 2022");
    }

    /** Once the import is current, the catalog's labels name its periods, not the seed's. */
    @Test
    void catalogPagesLabelTheirFiguresWithTheCurrentEdition() {
        SiteClient site = new SiteClient(port);
        assertThat(site.page("/").select(".lead").text()).endsWith("from the 2024-34 edition: "
                + "employment projections for 2024-34 and wages from May 2024.");
        Document finder = site.page("/occupation-finder");
        assertThat(finder.select("fieldset legend").eachText()).contains("Projected growth rate, 2024-34",
                "Projected number of new jobs, 2024-34", "Median pay, May 2024");
        assertThat(finder.select("[data-qa=finder-results] thead th").eachText().stream()
                .map(header -> header.replaceFirst(" \\(sort .*", "")).toList())
                .endsWith("Projected growth, 2024-34", "Projected new jobs, 2024-34", "Median pay, May 2024");
        assertThat(site.page("/healthcare/").select("thead th").eachText()).contains("Median pay, May 2024");
        assertThat(site.page("/compare?o=" + HIT + "&o=physicians-and-surgeons")
                .select("[data-qa=compare-table] tbody th").eachText()).contains("Median pay, May 2024",
                "Number of jobs, 2024", "Job outlook, 2024-34", "Employment change, 2024-34");
        assertThat(site.get("/data/occupations.csv").body()).contains("2024-05");
        assertThat(site.page("/").html()).doesNotContain("2022-32", "May 2022");
    }

    @Test
    void aTopCodedWageShowsBlsNoteAndNewGroupsHavePages() {
        SiteClient site = new SiteClient(port);
        assertThat(site.page("/healthcare/physicians-and-surgeons/").select("[data-qa=pay-note]").text())
                .isEqualTo("This wage is equal to or greater than $239,200 per year.");
        assertThat(site.page("/military/").select("main").text()).contains("Military Careers");
    }

    @Test
    void everySocCodeOfAProfileIsKeptAndShownAndNoneIsNoneShown() {
        SiteClient site = new SiteClient(port);
        assertThat(site.page("/healthcare/physicians-and-surgeons/").select(".profile-meta span").text())
                .isEqualTo("SOC codes 29-1211, 29-1215, 29-1216");
        assertThat(site.page("/military/military-careers/").select(".profile-meta").text()).doesNotContain("SOC");
        assertThat(site.page(HIT_PATH).select(".profile-meta span").text()).isEqualTo("SOC 29-9021");

        JsonNode physicians = json.readTree(site.get("/api/v1/occupations/physicians-and-surgeons").body());
        assertThat(physicians.at("/socCode").asString()).isEqualTo("29-1211");
        assertThat(physicians.at("/socCodes").valueStream().map(JsonNode::asString).toList())
                .containsExactly("29-1211", "29-1215", "29-1216");
        JsonNode military = json.readTree(site.get("/api/v1/occupations/military-careers").body());
        assertThat(military.at("/socCode").isNull()).isTrue();
        assertThat(military.at("/socCodes").isArray()).isTrue();
        assertThat(military.at("/socCodes").isEmpty()).isTrue();
    }

    @Test
    void twoWageByIndustryTablesOfATabAreDrawnApartWhereBlsPlacesThem() {
        SiteClient site = new SiteClient(port);
        Document pay = site.page("/healthcare/physicians-and-surgeons/pay");
        // BLS's sentence introducing each table is its caption, and is not shown again as a paragraph.
        assertThat(pay.select("[data-qa=industry-wages] caption").eachText()).containsExactly(
                "The median annual wages for anesthesiologists in the top industries in which they worked were as follows:",
                "The median annual wages for pediatricians in the top industries in which they worked were as follows:",
                "Median wages showing the differences in pay between types of physicians and surgeons are not "
                        + "available, but mean (average) annual wages for physicians and surgeons in May 2024 were as follows:");
        assertThat(pay.select("main p").eachText()).noneMatch(text -> text.contains("as follows:"))
                .contains("Wages for physicians and surgeons are among the highest of all occupations, with a median "
                        + "wage equal to or greater than $239,200 per year.");
        // No column headings BLS never wrote (a table of mean wages is no table of median wages); rows are headed.
        assertThat(pay.select("[data-qa=industry-wages] thead")).isEmpty();
        assertThat(pay.select("[data-qa=industry-wages] tbody th[scope=row]")).hasSize(7);
        assertThat(pay.select("[data-qa=industry-wages]").get(0).select("tbody tr").eachText()).containsExactly(
                "Offices of physicians $231,500", "Outpatient care centers $228,900");
        assertThat(pay.select("[data-qa=industry-wages]").get(1).select("tbody tr").eachText()).containsExactly(
                "Hospitals; state, local, and private $205,300", "Offices of physicians $198,400",
                "Outpatient care centers $239,200 or more");
        assertThat(pay.select("[data-qa=industry-wages]").get(2).select("tbody tr").eachText()).containsExactly(
                "Pediatric Surgeons $450,810", "Cardiologists $432,490");

        JsonNode api = json.readTree(site.get("/api/v1/occupations/physicians-and-surgeons").body());
        assertThat(api.at("/exhibits/industryWages").findValuesAsString("industry")).hasSize(7);
        assertThat(api.at("/exhibits/industryWages/3/table").asInt()).isEqualTo(2);
        assertThat(api.at("/exhibits/industryWages/4/medianAnnualWage").asInt()).isEqualTo(239200);
        assertThat(api.at("/exhibits/industryWages/4/topCoded").asBoolean()).isTrue();
        assertThat(api.at("/exhibits/industryWages/3/topCoded").asBoolean()).isFalse();
    }

    @Test
    void theSeedsWageTableIsCaptionedByItsOwnSentenceShownOnce() {
        Document pay = new SiteClient(port).page(HIT_PATH + "pay?edition=2022-32");
        String sentence = "In May 2022, the median annual wages for health information technologists and medical "
                + "registrars in the top industries in which they worked were as follows:";
        assertThat(pay.select("[data-qa=industry-wages] caption").text()).isEqualTo(sentence);
        assertThat(pay.select("main").text().split(java.util.regex.Pattern.quote(sentence), -1)).hasSize(2);
    }

    @Test
    void blsOwnWordsAroundChartsTablesAndSummariesAreShownAndTheSeedKeepsTheSites() {
        SiteClient site = new SiteClient(port);
        Document summary = site.page(HIT_PATH);
        assertThat(summary.select("div.tab-summary h3").eachText()).contains("State and Area Data",
                "How to Become a Health Information Technologist or Medical Registrar");
        assertThat(site.page(HIT_PATH + "?edition=2022-32").select("div.tab-summary h3").eachText())
                .contains("State & Area Data");

        Document pay = site.page(HIT_PATH + "pay");
        assertThat(pay.select("[data-qa=wage-chart] .chart-footer p").eachText()).containsExactly(
                "Note: All Occupations includes all occupations in the U.S. Economy.",
                "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics");
        assertThat(site.page(HIT_PATH + "pay?edition=2022-32").select(".chart-footer")).isEmpty();
        Document outlook = site.page(HIT_PATH + "job-outlook");
        assertThat(outlook.select("[data-qa=outlook-chart] .chart-footer p").eachText())
                .containsExactly("Source: U.S. Bureau of Labor Statistics, Employment Projections program");
        assertThat(outlook.select("[data-qa=projections] caption").text())
                .isEqualTo("Employment projections data for health information technologists and medical registrars, 2022–32");

        Document similar = site.page(HIT_PATH + "similar-occupations");
        assertThat(similar.select("[data-qa=similar-occupations] thead th").eachText())
                .contains("Median Annual Pay, May 2022");
        Element transcriptionists = similar.select("[data-qa=similar-occupations] tbody tr").stream()
                .filter(tr -> tr.text().startsWith("Medical Transcriptionists")).findFirst().orElseThrow();
        assertThat(transcriptionists.select("td").first().text())
                .isEqualTo("Medical transcriptionists turn the voice recordings of physicians into written reports.");

        JsonNode api = json.readTree(site.get("/api/v1/occupations/" + HIT).body());
        assertThat(api.at("/exhibits/wageChart/notes/1").asString())
                .isEqualTo("Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics");
        assertThat(api.at("/exhibits/similarOccupations/3/duties").asString())
                .isEqualTo("Medical transcriptionists turn the voice recordings of physicians into written reports.");
    }

    @Test
    void seeHowToBecomeOneIsAValueOfItsOwnLinkingToThatTab() {
        SiteClient site = new SiteClient(port);
        Element training = site.page("/healthcare/medical-transcriptionists/").select("[data-qa=quick-facts] tr")
                .stream().filter(row -> row.text().startsWith("On-the-job Training")).findFirst().orElseThrow();
        assertThat(training.select("td a").text()).isEqualTo("See How to Become One");
        assertThat(training.select("td a").attr("href")).isEqualTo("/healthcare/medical-transcriptionists/how-to-become-one");

        Document finder = site.page("/occupation-finder?training=see-how-to-become-one");
        assertThat(finder.select("input[name=training][value=see-how-to-become-one] + label, "
                + "label:has(input[name=training][value=see-how-to-become-one])").text()).contains("See How to Become One");
        assertThat(finder.select("main a").eachAttr("href")).contains("/healthcare/medical-transcriptionists/")
                .doesNotContain("/healthcare/physicians-and-surgeons/");

        JsonNode api = json.readTree(site.get("/api/v1/occupations/medical-transcriptionists").body());
        assertThat(api.at("/quickFacts/onTheJobTraining/code").asString()).isEqualTo("see-how-to-become-one");
        assertThat(api.at("/quickFacts/onTheJobTraining/label").asString()).isEqualTo("See How to Become One");
        assertThat(site.get("/data/occupations.csv").body()).contains("See How to Become One");
    }

    @Test
    void aSimilarOccupationWhosePayBlsDoesNotHaveShowsBlsSentence() {
        SiteClient site = new SiteClient(port);
        Element row = site.page("/healthcare/physicians-and-surgeons/similar-occupations")
                .select("[data-qa=similar-occupations] tbody tr").stream()
                .filter(tr -> tr.text().startsWith("Announcers and DJs")).findFirst().orElseThrow();
        assertThat(row.select("td").eachText()).containsExactly(
                "Announcers present news and sports or may interview guests on media such as radio and television.",
                "See How to Become One", "The annual wage is not available.");

        JsonNode similar = json.readTree(site.get("/api/v1/occupations/physicians-and-surgeons").body())
                .at("/exhibits/similarOccupations/2");
        assertThat(similar.at("/title").asString()).isEqualTo("Announcers and DJs");
        assertThat(similar.at("/medianPayAnnual/value").isNull()).isTrue();
        assertThat(similar.at("/medianPayNote").asString()).isEqualTo("The annual wage is not available.");
        assertThat(similar.at("/entryEducation/code").asString()).isEqualTo("see-how-to-become-one");

        // The file does not hold Announcers and DJs: its own page says what the table printed.
        Document announcers = site.page("/media-and-communication/announcers/");
        assertThat(announcers.select("[data-qa=partial-pay]").text()).isEqualTo("The annual wage is not available.");
        assertThat(announcers.select("main").text()).contains("See How to Become One");
    }

    @Test
    void moreInformationShowsEverySentenceWithItsLinksAndEveryOnetLink() {
        SiteClient site = new SiteClient(port);
        Document page = site.page("/healthcare/physicians-and-surgeons/more-information");
        Element panel = page.selectFirst("[data-qa=tab-panel]");
        assertThat(panel.select("p").eachText()).contains(
                "For information about certifications, visit CareerOneStop.",
                "For a profile highlighting selected BLS data on occupational requirements, see",
                "Physicians and surgeons (PDF)");
        assertThat(panel.select("p:contains(visit CareerOneStop) a").attr("href"))
                .isEqualTo("https://www.careeronestop.org/Toolkit/Training/find-certifications.aspx");
        assertThat(panel.select("h3").eachText()).containsExactly("Occupational Requirements Survey", "CareerOneStop",
                "O*NET");
        assertThat(panel.select("p:contains(Semiconductor Processing Technicians) a").attr("href"))
                .isEqualTo("https://www.careeronestop.org/Videos/careeronestop-videos.aspx?videocode=5191410");
        assertThat(panel.select("p:contains((PDF)) a").attr("href"))
                .isEqualTo("https://www.bls.gov/ors/factsheet/pdf/physicians-and-surgeons.pdf");
        assertThat(panel.select("[data-qa=onet-link] a").eachText()).containsExactly("Anesthesiologists",
                "Family Medicine Physicians", "General Internal Medicine Physicians");

        JsonNode api = json.readTree(site.get("/api/v1/occupations/physicians-and-surgeons").body());
        assertThat(api.at("/onetLinks").findValuesAsString("url")).containsExactly(
                "https://www.onetonline.org/link/summary/29-1211.00", "https://www.onetonline.org/link/summary/29-1215.00",
                "https://www.onetonline.org/link/summary/29-1216.00");
        assertThat(api.at("/onet/title").asString()).isEqualTo("Anesthesiologists");

        // The seed's contacts and its O*NET link (migrated into onet_link) are still shown.
        Element seed = site.page(HIT_PATH + "more-information?edition=2022-32").selectFirst("[data-qa=tab-panel]");
        assertThat(seed.select(".contact a").eachText()).contains("National Cancer Registrars Association");
        assertThat(seed.select("[data-qa=onet-link] a").attr("href"))
                .isEqualTo("https://www.onetonline.org/link/summary/29-9021.00");
    }

    @Test
    void aProfileWithoutQuickFactsShowsNoTableOfThem() {
        Document military = new SiteClient(port).page("/military/military-careers/");
        assertThat(military.select("[data-qa=quick-facts]")).isEmpty();
        assertThat(military.select("main").text()).doesNotContain("Not available");
    }

    @Test
    void aTableOfOtherDataIsAnAccessibleTableAtItsPlaceInTheNarrative() {
        SiteClient site = new SiteClient(port);
        Document page = site.page("/military/military-careers/what-they-do");
        Element table = page.selectFirst("[data-qa=data-table]");
        assertThat(table).isNotNull();
        assertThat(table.select("caption").text()).isEqualTo("Table 1. Active-duty personnel");
        assertThat(table.select("thead th[scope=col]").eachText()).containsExactly("Group", "Army");
        assertThat(table.select("tbody tr").get(0).select("td[colspan=2]").text()).isEqualTo("Enlisted:");
        assertThat(table.select("tbody tr").get(1).select("th[scope=row]").text()).isEqualTo("Administrative");
        assertThat(table.select("tbody tr").get(1).select("td").text()).isEqualTo("4,920");
        assertThat(table.select("tfoot td[colspan=2]").text()).isEqualTo("Source: Department of Defense");
        // After the text that comes before it in BLS's page.
        assertThat(table.parent().previousElementSibling().text()).isEqualTo("Loose text with a nurse link");
        assertThat(table.select("[style], p, span")).isEmpty();

        JsonNode api = json.readTree(site.get("/api/v1/occupations/military-careers").body());
        assertThat(api.at("/exhibits/dataTables/0/tab").asString()).isEqualTo("what-they-do");
        assertThat(api.at("/exhibits/dataTables/0/caption").asString()).isEqualTo("Table 1. Active-duty personnel");
        assertThat(api.at("/exhibits/dataTables/0/rows/1/1").asString()).isEqualTo("4,920");
    }

    @Test
    void hourlyWagesAreShownPerHourAndATopCodedBarShowsBlsSentence() {
        SiteClient site = new SiteClient(port);
        Document hourly = site.page("/healthcare/medical-transcriptionists/pay");
        assertThat(hourly.select("[data-qa=industry-wages] caption").text()).isEqualTo("In May 2022, the median hourly "
                + "wages for medical transcriptionists in the top industries in which they worked were as follows:");
        assertThat(hourly.select("[data-qa=industry-wages] tbody td").eachText()).containsExactly("$17.94", "$15.10");
        assertThat(hourly.select("[data-qa=wage-chart] .chart-subtitle").text())
                .isEqualTo("Median hourly wages, May 2024");
        assertThat(hourly.select("[data-qa=wage-chart] .chart-data tbody tr").eachText())
                .containsExactly("Medical transcriptionists $16.70", "Total, all occupations $22.26");
        assertThat(hourly.select("[data-qa=wage-chart] svg .chart-value").eachText())
                .containsExactly("$16.70", "$22.26");

        Document topCoded = site.page("/healthcare/physicians-and-surgeons/pay");
        assertThat(topCoded.select("[data-qa=wage-chart] .chart-data tbody tr").eachText()).containsExactly(
                "Physicians and surgeons This wage is equal to or greater than $239,200 per year.",
                "Healthcare diagnosing or treating practitioners $102,610");
        // The top-coded bar is drawn to its ceiling, the longest, with BLS's sentence on a line of its own.
        assertThat(topCoded.select("[data-qa=wage-chart] svg rect").eachAttr("width")).containsExactly("320", "137");
        assertThat(topCoded.select("[data-qa=wage-chart] svg .chart-note").text())
                .isEqualTo("This wage is equal to or greater than $239,200 per year.");
        assertThat(site.page("/healthcare/physicians-and-surgeons/").select("[data-qa=quick-facts] td").first().text())
                .isEqualTo("This wage is equal to or greater than $239,200 per year. "
                        + "This wage is equal to or greater than $115.00 per hour.");

        JsonNode api = json.readTree(site.get("/api/v1/occupations/medical-transcriptionists").body());
        assertThat(api.at("/exhibits/wageChart/unit").asString()).isEqualTo("USD per hour");
        assertThat(api.at("/exhibits/wageChart/bars/0/value").asDouble()).isEqualTo(16.70);
        JsonNode bars = json.readTree(site.get("/api/v1/occupations/physicians-and-surgeons").body())
                .at("/exhibits/wageChart/bars");
        assertThat(bars.at("/0/value").isNull()).isTrue();
        assertThat(bars.at("/0/note").asString()).isEqualTo("This wage is equal to or greater than $239,200 per year.");
    }

    @Test
    void theApiListAndProfileGiveTopCodedPayAsBlsNote() {
        SiteClient site = new SiteClient(port);
        JsonNode items = json.readTree(site.get("/api/v1/occupations?limit=100").body()).at("/items");
        JsonNode physicians = items.valueStream().filter(item -> item.at("/slug").asString()
                .equals("physicians-and-surgeons")).findFirst().orElseThrow();
        assertThat(physicians.at("/quickFacts/medianPayAnnual/value").isNull()).isTrue();
        assertThat(physicians.at("/quickFacts/medianPayAnnualNote").asString())
                .isEqualTo("This wage is equal to or greater than $239,200 per year.");
        assertThat(physicians.at("/quickFacts/medianPayHourlyNote").asString())
                .isEqualTo("This wage is equal to or greater than $115.00 per hour.");
        JsonNode hit = items.valueStream().filter(item -> item.at("/slug").asString().equals(HIT)).findFirst()
                .orElseThrow();
        assertThat(hit.at("/quickFacts/medianPayAnnualNote").isNull()).isTrue();

        JsonNode detail = json.readTree(site.get("/api/v1/occupations/physicians-and-surgeons").body());
        assertThat(detail.at("/quickFacts/medianPayAnnualNote").asString())
                .isEqualTo("This wage is equal to or greater than $239,200 per year.");
    }

    /** The pages drawing the imported tables and charts pass the W3C Nu Html Checker, as the seed's do. */
    @Test
    void pagesWithImportedTablesAndChartsAreValidHtml() throws Exception {
        SiteClient site = new SiteClient(port);
        for (String path : List.of(HIT_PATH, HIT_PATH + "pay", HIT_PATH + "pay?edition=2022-32",
                HIT_PATH + "print?edition=2022-32", "/", "/occupation-finder",
                "/military/military-careers/what-they-do", "/military/military-careers/print",
                "/healthcare/physicians-and-surgeons/pay", "/healthcare/physicians-and-surgeons/print",
                "/healthcare/medical-transcriptionists/pay", "/embed/physicians-and-surgeons/pay",
                "/healthcare/physicians-and-surgeons/more-information", "/healthcare/medical-transcriptionists/",
                "/military/military-careers/")) {
            Response response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);
            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
            String report = validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(report.lines().filter(line -> line.contains("error:")).toList())
                    .as("Nu Html Checker errors on %s", path).isEmpty();
        }
    }

    /** The edition's lines and links pass axe-core on the current and the earlier edition's pages. */
    @Test
    @Tag("browser")
    void pagesOfBothEditionsPassAxeCore() {
        WebDriver browser = Browser.start();
        try {
            for (String path : List.of(HIT_PATH + "pay", HIT_PATH + "pay?edition=2022-32", HIT_PATH + "print")) {
                browser.get("http://127.0.0.1:" + port + path);
                Results results = new AxeBuilder().withTags(AccessibilityTests.RULES).analyze(browser);
                assertThat(results.getViolations()).as("axe-core violations on %s:%n%s", path,
                        AccessibilityTests.describe(results.getViolations())).isEmpty();
            }
        } finally {
            browser.quit();
        }
    }

    @Test
    void finderSearchEmbedsAndApiServeImportedProfiles() {
        SiteClient site = new SiteClient(port);
        assertThat(site.page("/search?q=physicians").select("main a").eachAttr("href"))
                .contains("/healthcare/physicians-and-surgeons/");
        assertThat(site.page("/occupation-finder?education=doctoral").select("main a").eachAttr("href"))
                .contains("/healthcare/physicians-and-surgeons/");
        assertThat(site.get("/embed/physicians-and-surgeons").statusCode()).isEqualTo(200);
        assertThat(site.get("/sitemap.xml").body()).contains("/military/military-careers/");

        JsonNode current = json.readTree(site.get("/api/v1/occupations/" + HIT).body());
        assertThat(current.at("/quickFacts/medianPayAnnual/value").asInt()).isEqualTo(61000);
        assertThat(current.at("/edition/code").asString()).isEqualTo("2024-34");
        assertThat(current.at("/editions").findValuesAsString("code")).containsExactly("2022-32", "2024-34");
        assertThat(current.at("/changes/since").asString()).isEqualTo("2022-32");

        JsonNode earlier = json.readTree(site.get("/api/v1/occupations/" + HIT + "?edition=2022-32").body());
        assertThat(earlier.at("/quickFacts/medianPayAnnual/value").asInt()).isEqualTo(58250);
        assertThat(earlier.at("/edition/current").asBoolean()).isFalse();

        Response unknown = site.get("/api/v1/occupations/" + HIT + "?edition=1999-00");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(json.readTree(site.get("/api/v1/occupations?limit=100").body()).at("/items")
                .findValuesAsString("slug")).contains("military-careers", "physicians-and-surgeons");
    }

    @Test
    void importingTheSameFileAgainChangesNothing() {
        Map<String, Integer> before = rowCounts();
        EditionWriter.Outcome again = write(edition2024());
        assertThat(again.status()).isEqualTo(EditionWriter.Status.UNCHANGED);
        assertThat(again.message()).contains("imported already", "nothing changed");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void anotherFileOfALoadedEditionIsRefusedAndChangesNothing() {
        Map<String, Integer> before = rowCounts();
        EditionWriter.Outcome seedEdition = write(fixture());
        assertThat(seedEdition.status()).isEqualTo(EditionWriter.Status.REFUSED);
        assertThat(seedEdition.message()).contains("Edition 2022-32 is already loaded");
        assertThat(rowCounts()).isEqualTo(before);
    }

    @Test
    void aFailureWhileWritingRollsEverythingBack() {
        Map<String, Integer> before = rowCounts();
        String later = fixture().replace("<current_year>2022", "<current_year>2026")
                .replace("<projection_year>2032", "<projection_year>2036");
        OohImport.Result read = read(later);
        List<ImportedProfile> profiles = new ArrayList<>(read.profiles());
        ImportedProfile second = profiles.get(1);
        // A title longer than its column fails the insert of the second profile, after the edition row.
        profiles.set(1, new ImportedProfile(second.ordinal(), second.ref(), "T".repeat(400), second.fullName(),
                second.pluralName(), second.pluralNoun(), second.singularTitle(), second.description(),
                second.occupationCode(), second.socCodes(), second.publishDate(), second.videoUrl(),
                second.sourceUrl(), second.quickFacts(), second.photo(), second.summaries(), second.blocks(),
                second.industryEmployment(), second.industryWages(), second.wageChart(), second.outlookChart(),
                second.projections(), second.similarOccupations(), second.stateAreaResources(), second.contacts(),
                second.onetLinks(), second.tables()));
        OohImport.Result broken = new OohImport.Result(read.header(), List.copyOf(profiles), read.report());

        assertThatThrownBy(() -> writer.write(broken, "broken.xml", hash(later))).isInstanceOf(RuntimeException.class);
        assertThat(rowCounts()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from edition where code = '2026-36'", Integer.class)).isZero();
    }

    private EditionWriter.Outcome write(String xml) {
        return writer.write(read(xml), "ooh-fixture.xml", hash(xml));
    }

    private static OohImport.Result read(String xml) {
        return new OohImport().run(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), count -> { });
    }

    /** The fixture as a later edition, in which the seed profile's pay rose. */
    private static String edition2024() {
        return fixture().replace("<current_year>2022", "<current_year>2024")
                .replace("<projection_year>2032", "<projection_year>2034")
                .replace("<reference_year>2022", "<reference_year>2024")
                .replace("<reference_period>May 2022", "<reference_period>May 2024")
                .replace("<value type=\"int\">58250</value>", "<value type=\"int\">61000</value>")
                .replace("<value type=\"decimal\">28.01</value>", "<value type=\"decimal\">29.33</value>");
    }

    private static String fixture() {
        try (InputStream in = ImportFixtures.open(ImportFixtures.FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }

    private static String hash(String xml) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(xml.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private Map<String, Integer> rowCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        TABLES.forEach(table -> counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class)));
        counts.put("current", jdbc.queryForObject("select count(*) from occupation where is_current = true",
                Integer.class));
        return counts;
    }
}
