package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.SiteClient;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Search over the whole Handbook as people use it: everyday words, other job titles, abbreviations,
 * word forms and typos, each expected among the first three results of the search page.
 */
class WholeHandbookSearchTests extends BundledEditionTest {

    private static final int FIRST = 3;

    /** What people type, and the occupation they mean. */
    private static final List<Map.Entry<String, String>> EVERYDAY_QUERIES = List.of(
            Map.entry("plumber", "Plumbers, Pipefitters, and Steamfitters"),
            Map.entry("attorney", "Lawyers"),
            Map.entry("lawyer", "Lawyers"),
            Map.entry("doctor", "Physicians and Surgeons"),
            Map.entry("surgeon", "Physicians and Surgeons"),
            Map.entry("electrician", "Electricians"),
            Map.entry("electrican", "Electricians"),
            Map.entry("pharmasist", "Pharmacists"),
            Map.entry("nursing", "Registered Nurses"),
            Map.entry("paramedics", "EMTs and Paramedics"),
            Map.entry("EMT", "EMTs and Paramedics"),
            Map.entry("cardiac sonographers", "Diagnostic Medical Sonographers"),
            Map.entry("bricklayers", "Masonry Workers"),
            Map.entry("HVAC", "Heating, Air Conditioning, and Refrigeration Mechanics and Installers"),
            Map.entry("CPA", "Accountants and Auditors"),
            Map.entry("accountant", "Accountants and Auditors"),
            Map.entry("RN", "Registered Nurses"),
            Map.entry("LPN", "Licensed Practical and Licensed Vocational Nurses"),
            Map.entry("nurse practitioner", "Nurse Anesthetists, Nurse Midwives, and Nurse Practitioners"),
            Map.entry("high school teacher", "High School Teachers"),
            Map.entry("software developer", "Software Developers, Quality Assurance Analysts, and Testers"),
            Map.entry("programmer", "Computer Programmers"),
            Map.entry("truck driver", "Heavy and Tractor-trailer Truck Drivers"),
            Map.entry("cop", "Police and Detectives"),
            Map.entry("police officer", "Police and Detectives"),
            Map.entry("firefighter", "Firefighters"),
            Map.entry("chef", "Chefs and Head Cooks"),
            Map.entry("cook", "Cooks"),
            Map.entry("dentist", "Dentists"),
            Map.entry("dental hygienist", "Dental Hygienists"),
            Map.entry("vet", "Veterinarians"),
            Map.entry("mechanic", "Automotive Service Technicians and Mechanics"),
            Map.entry("pilot", "Airline and Commercial Pilots"),
            Map.entry("flight attendant", "Flight Attendants"),
            Map.entry("carpenter", "Carpenters"),
            Map.entry("welder", "Welders, Cutters, Solderers, and Brazers"),
            Map.entry("physical therapist", "Physical Therapists"),
            Map.entry("psychologist", "Psychologists"),
            Map.entry("social worker", "Social Workers"),
            Map.entry("web developer", "Web Developers and Digital Designers"),
            Map.entry("data scientist", "Data Scientists"),
            Map.entry("cashier", "Cashiers"),
            Map.entry("janitor", "Janitors and Building Cleaners"),
            Map.entry("hairdresser", "Barbers, Hairstylists, and Cosmetologists"),
            Map.entry("real estate agent", "Real Estate Brokers and Sales Agents"),
            Map.entry("pharmacy tech", "Pharmacy Technicians"),
            Map.entry("medical coder", "Medical Records Specialists"),
            Map.entry("graphic designer", "Graphic Designers"),
            Map.entry("architect", "Architects"),
            Map.entry("civil engineer", "Civil Engineers"),
            Map.entry("paralegal", "Paralegals and Legal Assistants"),
            Map.entry("soldier", "Military Careers"),
            Map.entry("nanny", "Childcare Workers"),
            Map.entry("mail carrier", "Postal Service Workers"),
            Map.entry("librarian", "Librarians and Library Media Specialists"),
            Map.entry("optometrist", "Optometrists"),
            Map.entry("financial advisor", "Personal Financial Advisors"),
            Map.entry("actuary", "Actuaries"),
            Map.entry("roofer", "Roofers"));

    @Autowired
    JsonMapper json;

    @Test
    void everydayQueriesFindTheirOccupationInTheFirstThreeResults() {
        SiteClient site = site();
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, String> query : EVERYDAY_QUERIES) {
            List<String> first = titles(site.page("/search?q=" + encode(query.getKey()))).stream().limit(FIRST).toList();
            if (!first.contains(query.getValue())) {
                misses.add(query.getKey() + " -> " + first + ", expected " + query.getValue());
            }
        }
        int passed = EVERYDAY_QUERIES.size() - misses.size();
        System.out.printf("Everyday queries with their occupation in the first %d results: %d of %d (%.0f%%)%n",
                FIRST, passed, EVERYDAY_QUERIES.size(), 100.0 * passed / EVERYDAY_QUERIES.size());
        assertThat(EVERYDAY_QUERIES).hasSizeGreaterThanOrEqualTo(40);
        assertThat(misses).isEmpty();
    }

    @Test
    void theTitleMatchRanksFirstAndTheMatchedWordsAreMarked() {
        Document page = site().page("/search?q=plumber");

        assertThat(titles(page).get(0)).isEqualTo("Plumbers, Pipefitters, and Steamfitters");
        assertThat(page.select("[data-qa=results] li").first().select("mark").eachText())
                .anyMatch(marked -> marked.toLowerCase().startsWith("plumber"));
    }

    @Test
    void aTypoIsReadAsTheHandbooksWordAndSaysSo() {
        Document page = site().page("/search?q=electrican");

        assertThat(page.select("[data-qa=respelled]").text()).contains("electrican").contains("electrician");
        assertThat(titles(page).get(0)).isEqualTo("Electricians");
    }

    @Test
    void aSearchThatFindsNothingSuggestsAnotherAndLinksTheGroups() {
        Document page = site().page("/search?q=" + encode("electricianz qwxzv"));

        assertThat(page.select("[data-qa=result-count]").text()).startsWith("No occupations match");
        Element suggestion = page.select("[data-qa=did-you-mean] a").first();
        assertThat(suggestion).isNotNull();
        assertThat(suggestion.text()).isEqualTo("electrician");
        assertThat(page.select("[data-qa=groups] a")).hasSize(25);
    }

    @Test
    void suggestionsWhileTypingAreOccupationsWhoseNamesBeginSo() {
        JsonNode answer = json.readTree(site().get("/search/suggestions?q=" + encode("elec")).body());

        List<String> titles = new ArrayList<>();
        answer.get("suggestions").forEach(s -> titles.add(s.get("title").asString()));
        assertThat(titles).contains("Electricians", "Electrical and Electronics Engineers").hasSizeLessThanOrEqualTo(8);
        assertThat(answer.get("suggestions").get(0).get("path").asString()).startsWith("/").endsWith("/");
    }

    private static List<String> titles(Document page) {
        return page.select("[data-qa=results] li h2 a").eachText();
    }

    private static String encode(String query) {
        return URLEncoder.encode(query, StandardCharsets.UTF_8);
    }
}
