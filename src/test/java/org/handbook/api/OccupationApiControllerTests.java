package org.handbook.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.handbook.catalog.FinderQuery;
import org.handbook.catalog.FinderSort;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The API's contract: every endpoint and field, with the seed profile's figures as numbers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OccupationApiControllerTests {

    static final String SLUG = "health-information-technologists-and-medical-registrars";

    @LocalServerPort
    int port;

    private String base() {
        return SiteClient.siteAddress(port);
    }

    private DocumentContext json(String path) {
        Response response = new SiteClient(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        assertThat(response.header("Content-Type")).hasValue("application/json");
        return JsonPath.parse(response.body());
    }

    private DocumentContext problem(String path, int status) {
        Response response = new SiteClient(port).get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(status);
        assertThat(response.header("Content-Type").orElse("")).as(path).startsWith("application/problem+json");
        DocumentContext problem = JsonPath.parse(response.body());
        assertThat(problem.read("$.status", Integer.class)).isEqualTo(status);
        assertThat(problem.read("$.title", String.class)).isNotBlank();
        return problem;
    }

    @Test
    void occupationDetailHasQuickFactsAsNumbersWithUnitsAndPeriods() {
        DocumentContext o = json("/api/v1/occupations/" + SLUG);

        assertThat(o.read("$.slug", String.class)).isEqualTo(SLUG);
        assertThat(o.read("$.title", String.class)).isEqualTo("Health Information Technologists and Medical Registrars");
        assertThat(o.read("$.singularTitle", String.class)).isEqualTo("Health Information Technologist or Medical Registrar");
        assertThat(o.read("$.socCode", String.class)).isEqualTo("29-9021");
        assertThat(o.read("$.socCodes", List.class)).containsExactly("29-9021");
        assertThat(o.read("$.profileLoaded", Boolean.class)).isTrue();
        assertThat(o.read("$.group.slug", String.class)).isEqualTo("healthcare");
        assertThat(o.read("$.group.title", String.class)).isEqualTo("Healthcare");
        assertThat(o.read("$.summary", String.class)).startsWith("Health information technologists and medical registrars advise");

        assertThat(o.read("$.quickFacts.medianPayAnnual", Map.class))
                .isEqualTo(Map.of("value", 58250, "unit", "USD per year", "referencePeriod", "May 2022"));
        assertThat(o.read("$.quickFacts.medianPayHourly.value", Double.class)).isEqualTo(28.01);
        assertThat(o.read("$.quickFacts.medianPayHourly.unit", String.class)).isEqualTo("USD per hour");
        assertThat(o.read("$.quickFacts.entryEducation", Map.class))
                .isEqualTo(Map.of("code", "associate", "label", "Associate's degree"));
        assertThat(o.read("$.quickFacts.workExperience.code", String.class)).isEqualTo("none");
        assertThat(o.read("$.quickFacts.onTheJobTraining.code", String.class)).isEqualTo("none");
        assertThat(o.read("$.quickFacts.employment", Map.class))
                .isEqualTo(Map.of("value", 37900, "unit", "jobs", "referencePeriod", "2022"));
        assertThat(o.read("$.quickFacts.outlook", Map.class))
                .isEqualTo(Map.of("value", 16, "unit", "percent", "referencePeriod", "2022-32"));
        assertThat(o.read("$.quickFacts.outlookDescriptor.label", String.class)).isEqualTo("Much faster than average");
        assertThat(o.read("$.quickFacts.employmentChange", Map.class))
                .isEqualTo(Map.of("value", 6200, "unit", "jobs", "referencePeriod", "2022-32"));
        assertThat(o.read("$.wagePercentile10.value", Integer.class)).isEqualTo(34970);
        assertThat(o.read("$.wagePercentile90.value", Integer.class)).isEqualTo(103380);
        assertThat(o.read("$.openingsPerYear.value", Integer.class)).isEqualTo(3100);
    }

    @Test
    void occupationDetailHasEveryTabsContentAndLinks() {
        DocumentContext o = json("/api/v1/occupations/" + SLUG);

        assertThat(o.read("$.tabs[*].name", List.class)).containsExactly("summary", "what-they-do", "work-environment",
                "how-to-become-one", "pay", "job-outlook", "state-and-area-data", "similar-occupations", "more-information");
        assertThat(o.read("$.tabs[4].label", String.class)).isEqualTo("Pay");
        assertThat(o.read("$.tabs[1].heading", String.class))
                .isEqualTo("What Health Information Technologists and Medical Registrars Do");
        assertThat(o.read("$.tabs[4].links.html", String.class)).isEqualTo(base() + "/healthcare/" + SLUG + "/pay");
        assertThat(o.read("$.tabs[4].links.embed", String.class)).isEqualTo(base() + "/embed/" + SLUG + "/pay");
        assertThat(o.read("$.tabs[0].links.html", String.class)).isEqualTo(base() + "/healthcare/" + SLUG + "/");
        assertThat(o.read("$.tabs[4].summary", List.class)).isNotEmpty();
        assertThat(o.read("$.tabs[4].blocks[*].kind", List.class)).contains("paragraph", "exhibit");
        assertThat(o.read("$.tabs[4].blocks[?(@.kind == 'exhibit')].exhibit", List.class))
                .containsExactly("wageChart", "industryWages");
        assertThat(o.read("$.tabs[1].blocks[?(@.kind == 'list')].items", List.class)).isNotEmpty();

        Map<String, Object> bar = new HashMap<>(Map.of(
                "label", "Health information technologists and medical registrars", "value", 58250, "subject", true));
        bar.put("note", null);
        assertThat(o.read("$.exhibits.wageChart.bars[0]", Map.class)).isEqualTo(bar);
        assertThat(o.read("$.exhibits.wageChart.unit", String.class)).isEqualTo("USD per year");
        assertThat(o.read("$.exhibits.outlookChart.bars[0].value", Integer.class)).isEqualTo(16);
        assertThat(o.read("$.exhibits.industryEmployment[0].industry", String.class)).isEqualTo("Hospitals; state, local, and private");
        assertThat(o.read("$.exhibits.industryEmployment[0].percent", Double.class)).isEqualTo(50.0);
        assertThat(o.read("$.exhibits.industryWages[0].medianAnnualWage", Integer.class)).isEqualTo(73150);
        assertThat(o.read("$.exhibits.projections[0].employmentBase", Integer.class)).isEqualTo(37900);
        assertThat(o.read("$.exhibits.projections[0].employmentProjected", Integer.class)).isEqualTo(44100);
        assertThat(o.read("$.exhibits.projections[0].changePercent", Integer.class)).isEqualTo(16);
        assertThat(o.read("$.exhibits.projections[0].changeNumeric", Integer.class)).isEqualTo(6200);
        assertThat(o.read("$.exhibits.similarOccupations[*].slug", List.class)).hasSize(4).contains("medical-assistants");
        assertThat(o.read("$.exhibits.similarOccupations[?(@.slug == 'medical-assistants')].api", List.class))
                .containsExactly(base() + "/api/v1/occupations/medical-assistants");
        assertThat(o.read("$.stateAreaResources[*].url", List.class)).isNotEmpty();
        assertThat(o.read("$.contacts[*].organization", List.class)).isNotEmpty();
        assertThat(o.read("$.onet.url", String.class)).isEqualTo("https://www.onetonline.org/link/summary/29-9021.00");

        assertThat(o.read("$.links.html", String.class)).isEqualTo(base() + "/healthcare/" + SLUG + "/");
        assertThat(o.read("$.links.print", String.class)).isEqualTo(base() + "/healthcare/" + SLUG + "/print");
        assertThat(o.read("$.links.embed", String.class)).isEqualTo(base() + "/embed/" + SLUG);
        assertThat(o.read("$.links.oembed", String.class)).startsWith(base() + "/oembed?url=");
        assertThat(o.read("$.links.api", String.class)).isEqualTo(base() + "/api/v1/occupations/" + SLUG);
        assertThat(o.read("$.source.name", String.class))
                .isEqualTo("Bureau of Labor Statistics, U.S. Department of Labor, Occupational Outlook Handbook");
        assertThat(o.read("$.source.url", String.class))
                .isEqualTo("https://www.bls.gov/ooh/healthcare/health-information-technologists-and-medical-registrars.htm");
        assertThat(o.read("$.source.lastModified", String.class)).isEqualTo("2023-09-06");
        assertThat(o.read("$.citation", String.class)).startsWith("Bureau of Labor Statistics, U.S. Department of Labor, "
                + "Occupational Outlook Handbook, 2022-32 Edition, Health Information Technologists and Medical "
                + "Registrars, at " + base() + "/healthcare/" + SLUG + "/?edition=2022-32 (visited ");
    }

    @Test
    void occupationKnownOnlyBySummaryHasNoTabs() {
        DocumentContext o = json("/api/v1/occupations/medical-assistants");
        assertThat(o.read("$.profileLoaded", Boolean.class)).isFalse();
        assertThat(o.read("$.tabs", List.class)).isEmpty();
        assertThat(o.read("$.quickFacts.entryEducation.code", String.class)).isEqualTo("postsecondary-nondegree");
        assertThat(o.read("$.links.embed", String.class)).isEqualTo(base() + "/embed/medical-assistants");
    }

    @Test
    void listHasEveryOccupationWithEveryFieldOfItsItems() {
        DocumentContext page = json("/api/v1/occupations");

        assertThat(page.read("$.total", Integer.class)).isEqualTo(5);
        assertThat(page.read("$.limit", Integer.class)).isEqualTo(20);
        assertThat(page.read("$.offset", Integer.class)).isZero();
        List<String> titles = page.read("$.items[*].title");
        assertThat(titles).hasSize(5).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        List<Map<String, Object>> seed = page.read("$.items[?(@.slug == '" + SLUG + "')]");
        DocumentContext item = JsonPath.parse(seed.get(0));
        assertThat(item.read("$", Map.class).keySet()).containsExactly("slug", "title", "socCode", "profileLoaded",
                "group", "quickFacts", "links");
        assertThat(item.read("$.title", String.class)).isEqualTo("Health Information Technologists and Medical Registrars");
        assertThat(item.read("$.socCode", String.class)).isEqualTo("29-9021");
        assertThat(item.read("$.profileLoaded", Boolean.class)).isTrue();
        assertThat(item.read("$.group.slug", String.class)).isEqualTo("healthcare");
        assertThat(item.read("$.group.title", String.class)).isEqualTo("Healthcare");
        assertThat(item.read("$.group.links.html", String.class)).isEqualTo(base() + "/healthcare/");
        assertThat(item.read("$.group.links.occupations", String.class))
                .isEqualTo(base() + "/api/v1/occupations?group=healthcare");
        assertThat(item.read("$.quickFacts", Map.class).keySet()).containsExactly("medianPayAnnual", "medianPayHourly",
                "entryEducation", "workExperience", "onTheJobTraining", "employment", "outlook", "outlookDescriptor",
                "employmentChange", "medianPayAnnualNote", "medianPayHourlyNote");
        assertThat(item.read("$.quickFacts.medianPayAnnual", Map.class))
                .isEqualTo(Map.of("value", 58250, "unit", "USD per year", "referencePeriod", "May 2022"));
        assertThat(item.read("$.quickFacts.medianPayHourly.value", Double.class)).isEqualTo(28.01);
        assertThat(item.read("$.quickFacts.medianPayHourly.referencePeriod", String.class)).isEqualTo("May 2022");
        assertThat(item.read("$.quickFacts.entryEducation", Map.class))
                .isEqualTo(Map.of("code", "associate", "label", "Associate's degree"));
        assertThat(item.read("$.quickFacts.workExperience", Map.class)).isEqualTo(Map.of("code", "none", "label", "None"));
        assertThat(item.read("$.quickFacts.onTheJobTraining", Map.class)).isEqualTo(Map.of("code", "none", "label", "None"));
        assertThat(item.read("$.quickFacts.employment", Map.class))
                .isEqualTo(Map.of("value", 37900, "unit", "jobs", "referencePeriod", "2022"));
        assertThat(item.read("$.quickFacts.outlook", Map.class))
                .isEqualTo(Map.of("value", 16, "unit", "percent", "referencePeriod", "2022-32"));
        assertThat(item.read("$.quickFacts.outlookDescriptor", Map.class))
                .isEqualTo(Map.of("code", "much-faster", "label", "Much faster than average"));
        assertThat(item.read("$.quickFacts.employmentChange", Map.class))
                .isEqualTo(Map.of("value", 6200, "unit", "jobs", "referencePeriod", "2022-32"));
        assertThat(item.read("$.links", Map.class)).isEqualTo(Map.of(
                "html", base() + "/healthcare/" + SLUG + "/",
                "embed", base() + "/embed/" + SLUG,
                "api", base() + "/api/v1/occupations/" + SLUG));
        assertThat(page.read("$.links.self", String.class)).isEqualTo(base() + "/api/v1/occupations?offset=0");
        assertThat(page.read("$.links.next", String.class)).isNull();
        assertThat(page.read("$.links.previous", String.class)).isNull();
        assertThat(page.read("$.source.name", String.class)).contains("Bureau of Labor Statistics");
        assertThat(page.read("$.source.url", String.class)).isEqualTo("https://www.bls.gov/ooh/");
    }

    @Test
    void listFiltersWithTheFindersParameters() {
        assertThat(json("/api/v1/occupations?education=associate").read("$.items[*].slug", List.class))
                .containsExactly(SLUG);
        assertThat(json("/api/v1/occupations?education=ASSOCIATE").read("$.items[*].slug", List.class))
                .containsExactly(SLUG);
        assertThat(json("/api/v1/occupations?pay=from-40000-to-59999").read("$.items[*].slug", List.class))
                .contains(SLUG);
        assertThat(json("/api/v1/occupations?growth=much-faster&jobs=from-5000-to-9999&experience=none&training=none")
                .read("$.items[*].slug", List.class)).containsExactly(SLUG);
        assertThat(json("/api/v1/occupations?pay=from-100000").read("$.items[*].slug", List.class))
                .containsExactly("medical-and-health-services-managers");
        assertThat(json("/api/v1/occupations?education=associate&education=bachelor").read("$.items[*].slug", List.class))
                .containsExactlyInAnyOrder(SLUG, "medical-and-health-services-managers");
        assertThat(json("/api/v1/occupations?group=management").read("$.items[*].slug", List.class))
                .containsExactly("medical-and-health-services-managers");
        assertThat(json("/api/v1/occupations?group=management&education=associate").read("$.total", Integer.class))
                .isZero();
        assertThat(json("/api/v1/occupations?growth=decline").read("$.total", Integer.class)).isZero();
        assertThat(json("/api/v1/occupations?education=&utm_source=portal").read("$.total", Integer.class)).isEqualTo(5);
    }

    @Test
    void aFinderQueryStringGivesTheFinderPagesOccupationsInItsOrder() {
        for (String query : List.of("education=associate&education=bachelor&education=postsecondary-nondegree&sort=pay",
                "pay=from-40000-to-59999&pay=from-30000-to-39999&sort=title", "sort=growth", "sort=jobs",
                "experience=none&training=none", "group=healthcare&sort=pay-asc", "sort=title-desc&education=",
                "group=healthcare&sort=education-desc")) {
            Document finder = Jsoup.parse(new SiteClient(port).get("/occupation-finder?" + query).body());
            List<String> finderSlugs = finder.select("[data-qa=finder-results] input[name=o]").eachAttr("value");
            assertThat(finderSlugs).as(query).isNotEmpty();
            assertThat(json("/api/v1/occupations?" + query).read("$.items[*].slug", List.class)).as(query)
                    .isEqualTo(finderSlugs);
        }
    }

    @Test
    void listSortsAsTheFinderDoesAndPages() {
        List<Object> byPay = json("/api/v1/occupations?sort=pay").read("$.items[*].quickFacts.medianPayAnnual.value");
        assertThat(byPay).hasSize(5).first().isEqualTo(104830);
        assertThat(byPay).isSortedAccordingTo((a, b) -> Integer.compare((Integer) b, (Integer) a));
        assertThat(json("/api/v1/occupations?sort=growth").read("$.items[0].slug", String.class)).isEqualTo(SLUG);
        assertThat(json("/api/v1/occupations?sort=jobs").read("$.items[0].slug", String.class)).isEqualTo(SLUG);

        DocumentContext first = json("/api/v1/occupations?sort=pay&limit=2&education=");
        assertThat(first.read("$.items", List.class)).hasSize(2);
        assertThat(first.read("$.links.previous", String.class)).isNull();
        String next = first.read("$.links.next", String.class);
        assertThat(next).startsWith(base() + "/api/v1/occupations?").contains("sort=pay", "limit=2", "offset=2");
        DocumentContext second = json(next.substring(base().length()));
        assertThat(second.read("$.offset", Integer.class)).isEqualTo(2);
        assertThat(second.read("$.items[0].quickFacts.medianPayAnnual.value", Integer.class))
                .isLessThanOrEqualTo(first.read("$.items[1].quickFacts.medianPayAnnual.value", Integer.class));
        assertThat(second.read("$.links.previous", String.class)).contains("offset=0");
        DocumentContext last = json("/api/v1/occupations?sort=pay&limit=2&offset=4");
        assertThat(last.read("$.items", List.class)).hasSize(1);
        assertThat(last.read("$.links.next", String.class)).isNull();

        String repeated = json("/api/v1/occupations?education=associate&education=bachelor&limit=1")
                .read("$.links.next", String.class);
        assertThat(repeated).contains("education=associate&education=bachelor");
    }

    @Test
    void groupsAndGlossary() {
        DocumentContext groups = json("/api/v1/groups");
        assertThat(groups.read("$.items[*].slug", List.class)).containsExactly("healthcare", "management");
        assertThat(groups.read("$.items[0].title", String.class)).isEqualTo("Healthcare");
        assertThat(groups.read("$.items[*].occupations", List.class)).containsExactly(4, 1);
        assertThat(groups.read("$.items[0].links.html", String.class)).isEqualTo(base() + "/healthcare/");
        assertThat(groups.read("$.items[0].links.occupations", String.class))
                .isEqualTo(base() + "/api/v1/occupations?group=healthcare");

        DocumentContext glossary = json("/api/v1/glossary");
        List<Map<String, Object>> median = glossary.read("$.items[?(@.slug == 'median-pay')]");
        assertThat(median).hasSize(1);
        assertThat(median.get(0)).containsEntry("kind", "term").containsEntry("term", "2022 Median Pay")
                .containsEntry("html", base() + "/glossary#median-pay").containsKey("definition");
        assertThat(glossary.read("$.items[?(@.kind == 'tab')].html", List.class)).contains(base() + "/glossary#tab-pay");
    }

    @Test
    void badParametersAreProblemsNamingTheParameter() {
        Map<String, String> wrong = Map.ofEntries(
                Map.entry("/api/v1/occupations?limit=0", "limit"),
                Map.entry("/api/v1/occupations?limit=101", "limit"),
                Map.entry("/api/v1/occupations?limit=ten", "limit"),
                Map.entry("/api/v1/occupations?limit=5&limit=6", "limit"),
                Map.entry("/api/v1/occupations?offset=-1", "offset"),
                Map.entry("/api/v1/occupations?education=phd", "education"),
                Map.entry("/api/v1/occupations?education=associate&education=phd", "education"),
                Map.entry("/api/v1/occupations?experience=lots", "experience"),
                Map.entry("/api/v1/occupations?training=x", "training"),
                Map.entry("/api/v1/occupations?growth=huge", "growth"),
                Map.entry("/api/v1/occupations?jobs=many", "jobs"),
                Map.entry("/api/v1/occupations?pay=58250", "pay"),
                Map.entry("/api/v1/occupations?group=nowhere", "group"),
                Map.entry("/api/v1/occupations?sort=salary", "sort"),
                Map.entry("/api/v1/occupations?sort=-pay", "sort"),
                Map.entry("/api/v1/occupations?sort=pay&sort=title", "sort"));
        wrong.forEach((path, parameter) -> {
            DocumentContext problem = problem(path, 400);
            assertThat(problem.read("$.invalid-params[*].name", List.class)).as(path).containsExactly(parameter);
            assertThat(problem.read("$.invalid-params[0].reason", String.class)).as(path).startsWith(parameter + " must");
            assertThat(problem.read("$.detail", String.class)).as(path).contains(parameter);
            assertThat(problem.read("$.instance", String.class)).as(path).isEqualTo("/api/v1/occupations");
        });
        assertThat(problem("/api/v1/occupations?education=phd", 400).read("$.invalid-params[0].reason", String.class))
                .isEqualTo("education must be one of no-formal-credential, high-school, postsecondary-nondegree, "
                        + "some-college, associate, bachelor, master, doctoral, see-how-to-become-one; repeat the parameter "
                        + "for several.");
        assertThat(problem("/api/v1/occupations?limit=101", 400).read("$.detail", String.class))
                .isEqualTo("The parameter limit is not valid: limit must be a whole number from 1 to 100, given once.");

        DocumentContext several = problem("/api/v1/occupations?sort=salary&limit=0&education=phd&pay=lots", 400);
        assertThat(several.read("$.invalid-params[*].name", List.class))
                .containsExactly("education", "pay", "sort", "limit");
        assertThat(several.read("$.detail", String.class))
                .isEqualTo("The parameters education, pay, sort, limit are not valid.");

        assertThat(json("/api/v1/occupations?limit=100").read("$.limit", Integer.class)).isEqualTo(100);
        assertThat(json("/api/v1/occupations?limit=1").read("$.items", List.class)).hasSize(1);
        assertThat(json("/api/v1/occupations?offset=99").read("$.items", List.class)).isEmpty();
    }

    @Test
    void unknownSlugOrPathIsNotFoundProblem() {
        assertThat(problem("/api/v1/occupations/no-such-occupation", 404).read("$.detail", String.class))
                .isEqualTo("There is no occupation with this slug.");
        problem("/api/v1/no-such-thing", 404);
        problem("/api/v1/occupations/" + SLUG + "/pay", 404);
    }

    @Test
    void corsIsOpenForGet() {
        Response response = new SiteClient(port).get("/api/v1/groups", "Origin", "https://portal.example");
        assertThat(response.header("Access-Control-Allow-Origin")).hasValue("*");
        Response page = new SiteClient(port).get("/healthcare/", "Origin", "https://portal.example");
        assertThat(page.header("Access-Control-Allow-Origin")).isEmpty();
    }

    @Test
    void openApiDocumentListsEveryEndpointAndTheUiIsAtApi() {
        DocumentContext doc = json("/v3/api-docs");
        Map<String, Object> paths = doc.read("$.paths");
        assertThat(paths.keySet()).containsExactlyInAnyOrder("/api/v1/occupations", "/api/v1/occupations/{slug}",
                "/api/v1/groups", "/api/v1/glossary");
        assertThat(doc.read("$.paths['/api/v1/occupations'].get.summary", String.class)).isNotBlank();
        // The descriptions hold for every edition: the answers name the periods of their figures.
        assertThat(doc.read("$.paths..parameters[*].description", List.class)).isNotEmpty()
                .noneMatch(description -> description.toString().matches("(?s).*(19|20)\\d{2}.*"));
        assertThat(doc.read("$.paths['/api/v1/occupations'].get.parameters[*].name", List.class))
                .containsExactlyInAnyOrder("group", "education", "experience", "training", "growth", "jobs", "pay",
                        "sort", "limit", "offset");
        // the groups are data, listed by /api/v1/groups, not an enum of the document
        for (FinderQuery.Filter filter : FinderQuery.ALL.filters(List.of()).stream()
                .filter(f -> !f.name().equals(FinderQuery.GROUP)).toList()) {
            assertThat(doc.read("$.paths['/api/v1/occupations'].get.parameters[?(@.name == '" + filter.name()
                    + "')].schema.items.enum[*]", List.class)).as(filter.name())
                    .isEqualTo(filter.options().stream().map(FinderQuery.Option::code).toList());
        }
        assertThat(doc.read("$.paths['/api/v1/occupations'].get.parameters[?(@.name == 'sort')].schema.enum[*]",
                List.class)).isEqualTo(FinderQuery.sortChoices(FinderSort.TITLE).stream().map(FinderQuery.Option::code).toList());

        SiteClient site = new SiteClient(port);
        Response redirect = site.get("/api");
        assertThat(redirect.statusCode()).isEqualTo(302);
        Response ui = site.get(redirect.header("Location").orElseThrow());
        assertThat(ui.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(ui.body());
        List<String> assets = new ArrayList<>(page.select("script[src]").eachAttr("src"));
        assets.addAll(page.select("link[rel=stylesheet]").eachAttr("href"));
        assertThat(assets).hasSize(3).allSatisfy(asset -> assertThat(site.get(asset).statusCode())
                .as(asset).isEqualTo(200));
    }
}
