package org.handbook.occupation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.RawResponse;
import org.handbook.support.SiteClient.Response;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Opens every tab of the seed profile over HTTP and checks that each figure and sentence of the
 * BLS page is on the tab where BLS shows it, exactly as published.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ProfilePagesTests {

    static final String PROFILE = "/healthcare/health-information-technologists-and-medical-registrars/";

    /** What each tab must show, in the words and figures of the BLS page. */
    static final Map<Tab, List<String>> PUBLISHED = Map.of(
            Tab.SUMMARY, List.of(
                    "Video transcript available at https://www.youtube.com/watch?v=UNnZ3HhoEEA.",
                    "Quick Facts: Health Information Technologists and Medical Registrars",
                    "2022 Median Pay $58,250 per year $28.01 per hour",
                    "Typical Entry-Level Education Associate's degree",
                    "Work Experience in a Related Occupation None",
                    "On-the-job Training None",
                    "Number of Jobs, 2022 37,900",
                    "Job Outlook, 2022-32 16% (Much faster than average)",
                    "Employment Change, 2022-32 6,200",
                    "What Health Information Technologists and Medical Registrars Do",
                    "Health information technologists and medical registrars usually work in an office setting and may spend many hours at a computer. Most work full time.",
                    "How to Become a Health Information Technologist or Medical Registrar",
                    "Some workers typically need an associate’s degree; others need a bachelor’s or higher degree.",
                    "The median annual wage for health information technologists and medical registrars was $58,250 in May 2022.",
                    "Employment of health information technologists and medical registrars is projected to grow 16 percent from 2022 to 2032, much faster than the average for all occupations.",
                    "About 3,100 openings for health information technologists and medical registrars are projected each year, on average, over the decade.",
                    "Explore resources for employment and wages by state and area for health information technologists and medical registrars.",
                    "Compare the job duties, education, job growth, and pay of health information technologists and medical registrars with similar occupations.",
                    "More Information, Including Links to O*NET",
                    "Learn more about health information technologists and medical registrars by visiting additional resources, including O*NET, a source on key characteristics of workers and occupations.",
                    "The wage at which half of the workers in the occupation earned more than that amount and half earned less. Median wage data are from the BLS Occupational Employment and Wage Statistics survey. In May 2022, the median annual wage for all workers was $46,310.",
                    "The employment, or size, of this occupation in 2022, which is the base year of the 2022-32 employment projections."),
            Tab.WHAT_THEY_DO, List.of(
                    "Health information technologists and medical registrars help to design and develop electronic healthcare systems.",
                    "Duties",
                    "Health information technologists and medical registrars typically do the following:",
                    "Help to determine requirements for computerized healthcare systems",
                    "Evaluate and support implementation of health information systems",
                    "Organize and update information in clinical databases or registries",
                    "Compile data and generate reports, such as for disease registry or treatment",
                    "Track patient outcomes for quality assessment",
                    "Validate the integrity of patient data",
                    "Ensure privacy, security, and confidentiality of patients' health information",
                    "They abstract, collect, and analyze clinical data related to medical treatment, followup, and results. Their work supports the delivery and improvement of patient care.",
                    "Health information technologists apply their knowledge of information technology (IT) and healthcare concepts in a variety of ways.",
                    "For example, cancer registrars collect and analyze information for facility, regional, and national databases of cancer patients.",
                    "For information about workers who compile, process, and maintain patient files, see the profile for medical records specialists."),
            Tab.WORK_ENVIRONMENT, List.of(
                    "Health information technologists and medical registrars may spend many hours at a computer.",
                    "Health information technologists and medical registrars held about 37,900 jobs in 2022. The largest employers of health information technologists and medical registrars were as follows:",
                    "Hospitals; state, local, and private 50%",
                    "Offices of physicians 7%",
                    "Management of companies and enterprises 7%",
                    "Professional, scientific, and technical services 7%",
                    "Administrative and support services 5%",
                    "Work Schedules",
                    "Most health information technologists and medical registrars work full time."),
            Tab.HOW_TO_BECOME_ONE, List.of(
                    "How to Become a Health Information Technologist or Medical Registrar",
                    "Health information technologists and medical registrars typically need at least an associate's degree.",
                    "Some workers typically need an associate’s degree; others may need a bachelor’s or higher degree. Certification may be required or preferred.",
                    "Health information technologists and medical registrars typically need at least an associate’s degree to enter the occupation. Some positions require a bachelor’s or master’s degree.",
                    "anatomy and physiology, biology, computer science, and math.",
                    "The Commission on Accreditation for Health Informatics and Information Management accredits programs at the associate’s, bachelor’s, and master’s degree level.",
                    "Licenses, Certifications, and Registrations",
                    "the Registered Health Information Technician (RHIT), the Certified Documentation Improvement Practitioner (CDIP), and the Certified Health Data Analyst (CHDA).",
                    "Cancer registrars may need the Certified Tumor Registrar (CTR) credential.",
                    "Advancement",
                    "Health information technologists and medical registrars sometimes advance to become medical and health services managers.",
                    "Important Qualities",
                    "Analytical skills. Health information technologists and medical registrars must be able to interpret data and use their findings to suggest improvements.",
                    "Detail oriented. To ensure accuracy,",
                    "Integrity. Health information technologists and medical registrars must exercise discretion",
                    "Interpersonal skills. Health information technologists and medical registrars must collaborate with other members of the healthcare team.",
                    "Problem-solving skills. These workers must be able to identify and address issues related to the use of healthcare information systems."),
            Tab.PAY, List.of(
                    "Median annual wages, May 2022",
                    "Health information technologists and medical registrars $58,250",
                    "Other healthcare practitioners and technical occupations $57,740",
                    "Total, all occupations $46,310",
                    "The median wage is the wage at which half the workers in an occupation earned more than that amount and half earned less. The lowest 10 percent earned less than $34,970, and the highest 10 percent earned more than $103,380.",
                    "In May 2022, the median annual wages for health information technologists and medical registrars in the top industries in which they worked were as follows:",
                    "Management of companies and enterprises $73,150",
                    "Professional, scientific, and technical services $65,150",
                    "Administrative and support services $59,760",
                    "Hospitals; state, local, and private $57,920",
                    "Offices of physicians $48,630",
                    "Most health information technologists and medical registrars work full time."),
            Tab.JOB_OUTLOOK, List.of(
                    "Percent change in employment, projected 2022-32",
                    "Health information technologists and medical registrars 16%",
                    "Other healthcare practitioners and technical occupations 11%",
                    "Total, all occupations 3%",
                    "Many of those openings are expected to result from the need to replace workers who transfer to different occupations or exit the labor force, such as to retire.",
                    "Employment",
                    "The volume of electronic health information generated by healthcare providers and patients continues to grow.",
                    "Organizations continue to rely on these workers for insight into improving the quality of care, to control costs, and for other purposes.",
                    "Employment projections data for health information technologists and medical registrars, 2022-32",
                    "SOURCE: U.S. Bureau of Labor Statistics, Employment Projections program",
                    "Health information technologists and medical registrars 29-9021 37,900 44,100 16 6,200 Get data"),
            Tab.STATE_AND_AREA_DATA, List.of(
                    "Occupational Employment and Wage Statistics (OEWS)",
                    "The Occupational Employment and Wage Statistics (OEWS) program produces employment and wage estimates annually for over 800 occupations.",
                    "The link(s) below go to OEWS data maps for employment and wages by state and area.",
                    "Projections Central",
                    "All state projections data are available at www.projectionscentral.org.",
                    "there are links to each state’s websites where these data may be retrieved.",
                    "CareerOneStop",
                    "There is also a salary info tool to search for wages by zip code."),
            Tab.SIMILAR_OCCUPATIONS, List.of(
                    "This table shows a list of occupations with job duties that are similar to those of health information technologists and medical registrars.",
                    "Medical and Health Services Managers Medical and health services managers plan, direct, and coordinate the business activities of healthcare providers. Bachelor's degree $104,830",
                    "Medical Assistants Medical assistants complete administrative and clinical tasks, such as scheduling appointments and taking patients’ vital signs. Postsecondary nondegree award $38,270",
                    "Medical Records Specialists Medical records and health information technicians Medical records specialists compile, process, and maintain patient files. Postsecondary nondegree award $47,180",
                    "Medical Transcriptionists Medical transcriptionists use electronic devices to convert voice recordings from physicians and other healthcare workers into formal reports. Postsecondary nondegree award $34,730",
                    "Typical level of education that most workers need to enter this occupation."),
            Tab.MORE_INFORMATION, List.of(
                    "For more information about health information technologists and medical registrars, including details about certification, visit American Health Information Management Association",
                    "For a list of accredited training programs, visit Commission on Accreditation for Health Informatics and Information Management Education",
                    "For more information about cancer registrars, including certification requirements and accredited training programs, visit National Cancer Registrars Association",
                    "O*NET Health Information Technologists and Medical Registrars"));

    @LocalServerPort
    private int port;

    private SiteClient site;

    @BeforeEach
    void setUp() {
        site = new SiteClient(port);
    }

    @ParameterizedTest
    @EnumSource(Tab.class)
    void everyTabShowsWhatBlsPublishesOnIt(Tab tab) {
        Document page = site.page(PROFILE + tab.path());
        String content = page.select("main").text();

        assertThat(PUBLISHED.get(tab)).allSatisfy(text -> assertThat(content).contains(text));
        assertThat(page.select("h1").text()).isEqualTo("Health Information Technologists and Medical Registrars");
        assertThat(page.select("nav[aria-label=Profile tabs] a[aria-current=page]").text()).isEqualTo(tab.label());
    }

    @ParameterizedTest
    @EnumSource(Tab.class)
    void everyTabSaysWhichEditionItShows(Tab tab) {
        Document page = site.page(PROFILE + tab.path());

        assertThat(page.select("h1 + [data-qa=edition] [data-qa=edition-line]").text())
                .isEqualTo("2022-32 edition: employment projections 2022-32, wages May 2022");
        // The seed is the only edition: nothing earlier to link to, nothing changed.
        assertThat(page.select("[data-qa=edition-notice], [data-qa=other-editions], [data-qa=changes-link]")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Tab.class)
    void everyTabCarriesCitationLastModifiedAndBreadcrumbs(Tab tab) {
        Document page = site.page(PROFILE + tab.path());

        assertThat(page.select("[data-qa=citation]").text()).startsWith(
                "Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, "
                        + "2022-32 Edition, Health Information Technologists and Medical Registrars, "
                        + "at " + SiteClient.siteAddress(port) + PROFILE + tab.path() + "?edition=2022-32 (visited ");
        assertThat(page.select("main").text()).contains(
                "Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook, "
                        + "Health Information Technologists and Medical Registrars, at "
                        + "https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm "
                        + "(visited March 13, 2024).");
        assertThat(page.select("[data-qa=last-modified]").text())
                .isEqualTo("Last Modified Date: Wednesday, September 6, 2023");
        assertThat(page.select("nav[aria-label=Breadcrumb] li").eachText()).startsWith("Home", "Healthcare");
    }

    @Test
    void tabContentStaysOnItsTab() {
        assertThat(site.page(PROFILE + "pay").select("main").text()).doesNotContain("Work Schedules", "Duties");
        assertThat(site.page(PROFILE).select("main").text()).doesNotContain("$73,150", "Analytical skills.");
    }

    @Test
    void payTabDrawsTheWageChartWithATextAlternativeAndTheDataTable() {
        Document page = site.page(PROFILE + "pay");
        Element chart = page.selectFirst("figure[data-qa=wage-chart]");

        assertThat(chart).isNotNull();
        assertThat(chart.select("svg[role=img]").attr("aria-label")).contains("Median annual wages, May 2022");
        assertThat(chart.select("svg rect")).hasSize(3);
        assertThat(chart.select("table td").eachText()).containsExactly("$58,250", "$57,740", "$46,310");
        // BLS's table has no column headings; its rows are headed by the industry
        assertThat(page.select("table[data-qa=industry-wages] th[scope=col]")).isEmpty();
        assertThat(page.select("table[data-qa=industry-wages] tbody th[scope=row]")).isNotEmpty();
    }

    @Test
    void summaryQuickFactsLinkEachTermToItsDefinition() {
        Document page = site.page(PROFILE);

        assertThat(page.select("table[data-qa=quick-facts] th[scope=row] a").eachAttr("href")).containsExactly(
                "/glossary#median-pay", "/glossary#entry-level-education", "/glossary#work-experience",
                "/glossary#on-the-job-training", "/glossary#number-of-jobs", "/glossary#job-outlook-rate",
                "/glossary#employment-change");
        assertThat(page.select("div.tab-summary h3 a").eachAttr("href")).hasSize(8)
                .allSatisfy(href -> assertThat(href).startsWith(PROFILE));
        assertThat(page.select("script[type=module][src*=bls-tab-fragment]")).hasSize(1);
    }

    @Test
    void similarOccupationsLinkToTheirOwnPagesWhichSayTheRestIsNotLoaded() {
        Document tab = site.page(PROFILE + "similar-occupations");
        assertThat(tab.select("table[data-qa=similar-occupations] tbody th a").eachAttr("href")).containsExactly(
                "/management/medical-and-health-services-managers/", "/healthcare/medical-assistants/",
                "/healthcare/medical-records-and-health-information-technicians/",
                "/healthcare/medical-transcriptionists/");

        Document assistants = site.page("/healthcare/medical-assistants/");
        assertThat(assistants.select("h1").text()).isEqualTo("Medical Assistants");
        assertThat(assistants.select("[data-qa=edition-line]").text())
                .isEqualTo("2022-32 edition: employment projections 2022-32, wages May 2022");
        assertThat(assistants.select("[data-qa=partial-notice]").text()).contains("is not loaded here");
        assertThat(assistants.select("[data-qa=partial-notice] a").attr("href"))
                .isEqualTo("https://www.bls.gov/ooh/healthcare/medical-assistants.htm");
        assertThat(assistants.select("main").text()).contains("Postsecondary nondegree award", "$38,270",
                "Health Information Technologists and Medical Registrars");
        assertThat(assistants.select("nav[aria-label=Profile tabs]")).isEmpty();
    }

    @Test
    void printViewShowsEveryTabOnOnePage() {
        Document page = site.page(PROFILE + "print");
        String content = page.select("main").text();

        assertThat(page.select("section.print-tab")).hasSize(9);
        PUBLISHED.values().forEach(texts -> assertThat(texts).allSatisfy(text -> assertThat(content).contains(text)));
    }

    @Test
    void blsAddressesRedirectPermanentlyToTheProfile() {
        Response response = site.get("/ooh/healthcare/health-information-technologists-and-medical-registrars.htm");

        assertThat(response.statusCode()).isEqualTo(301);
        assertThat(response.header("Location")).hasValueSatisfying(
                location -> assertThat(location).endsWith(PROFILE));
    }

    @Test
    void unknownOccupationGroupOrTabIsAFriendly404InTheSiteLayout() {
        for (String path : List.of("/healthcare/astronauts/", PROFILE + "salary", "/no-such-group/x/y/z",
                "/management/health-information-technologists-and-medical-registrars/",
                "/healthcare/medical-assistants/pay", "/ooh/healthcare/astronauts.htm")) {
            Response response = site.get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).contains("Page not found", "href=\"/occupations\"", "action=\"/search\"")
                    .doesNotContain("Exception", "Whitelabel", "Tomcat", "Spring");
        }
    }

    @Test
    void malformedAddressesAreRefusedWithoutAServerError() {
        for (String path : List.of("/healthcare/%E0%A4%A/", "/healthcare/" + "a".repeat(3000) + "/",
                "/healthcare/..%2F..%2Fetc%2Fpasswd/", "/healthcare/%00/", "/healthcare/a b/", "/healthcare/Robots.TXT/")) {
            RawResponse response = site.raw("GET", path);
            assertThat(response.status()).as(path).isBetween(400, 404);
            assertThat(response.body()).as(path).doesNotContain("Exception", "at org.", "Tomcat");
        }
    }
}
