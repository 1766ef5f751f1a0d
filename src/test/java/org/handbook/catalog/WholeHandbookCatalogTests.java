package org.handbook.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.handbook.occupation.Tab;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.BundledHandbook;
import org.handbook.support.BundledHandbook.Profile;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog of the whole bundled Handbook: every one of the 342 profiles is on its group's page at
 * BLS's group slug with its key quick facts, in the A-Z, at BLS's old address, in the sitemap (all
 * nine tabs) and in both downloads. Misses are collected over all profiles and reported together.
 */
class WholeHandbookCatalogTests extends BundledEditionTest {

    private static final NumberFormat GROUPING = NumberFormat.getIntegerInstance(Locale.US);

    @Autowired
    JsonMapper json;

    @Test
    void eachGroupPageListsItsProfilesWithEducationAndPay() {
        SiteClient site = site();
        Map<String, List<Profile>> byGroup = BundledHandbook.profiles().stream()
                .collect(Collectors.groupingBy(Profile::group, LinkedHashMap::new, Collectors.toList()));
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<Profile>> group : byGroup.entrySet()) {
            Document page = site.page("/" + group.getKey() + "/");
            String payHeading = page.select("table.catalog-table thead").text();
            if (!payHeading.contains("May 2024")) {
                misses.add("/" + group.getKey() + "/: pay column headed \"" + payHeading + "\", not for May 2024");
            }
            for (Profile profile : group.getValue()) {
                Element row = page.select("table.catalog-table tbody tr:has(a[href=" + profile.path() + "])").first();
                if (row == null) {
                    misses.add("/" + group.getKey() + "/: no row linking to " + profile.path());
                    continue;
                }
                String text = row.text();
                for (String fact : keyFacts(profile)) {
                    if (!text.contains(fact)) {
                        misses.add("/" + group.getKey() + "/: " + profile.title() + " without \"" + fact + "\" (row: " + text + ")");
                    }
                }
            }
        }

        assertThat(byGroup).as("BLS's occupational groups").hasSizeGreaterThanOrEqualTo(20);
        assertThat(misses).withFailMessage(() -> misses.size() + " misses on the group pages:\n" + String.join("\n", misses))
                .isEmpty();
    }

    @Test
    void theIndexListsEveryProfile() {
        Set<String> listed = links(site().page("/occupations"));

        assertThat(listed).containsAll(paths(""));
    }

    @Test
    void everyBlsAddressMovesToItsProfile() {
        SiteClient site = site();
        List<String> misses = new ArrayList<>();
        for (Profile profile : BundledHandbook.profiles()) {
            Response response = site.get(profile.blsPath());
            String location = response.header("Location").map(URI::create).map(URI::getPath).orElse(null);
            if (response.statusCode() != 301 || !profile.path().equals(location)) {
                misses.add(profile.blsPath() + " answers " + response.statusCode() + " to " + location);
            }
        }

        assertThat(misses).withFailMessage(() -> misses.size() + " BLS addresses not moved to their profile:\n"
                + String.join("\n", misses)).isEmpty();
    }

    @Test
    void theSitemapListsEveryTabOfEveryProfile() {
        Response response = site().get("/sitemap.xml");
        assertThat(response.statusCode()).isEqualTo(200);
        Document sitemap = Jsoup.parse(response.body(), "", Parser.xmlParser());
        Set<String> listed = sitemap.select("url > loc").stream().map(loc -> URI.create(loc.text().strip()).getPath())
                .collect(Collectors.toSet());

        List<String> expected = new ArrayList<>();
        for (Tab tab : Tab.values()) {
            expected.addAll(paths(tab.path()));
        }
        assertThat(expected).hasSize(BundledHandbook.PROFILES * 9);
        assertThat(listed).containsAll(expected);
    }

    @Test
    void theCsvDownloadHoldsEveryProfile() {
        List<String> lines = site().get("/data/occupations.csv").body().lines().toList();
        Set<String> profileUrls = lines.stream().skip(1)
                .filter(line -> line.contains(",true,"))
                .map(line -> line.substring(line.indexOf(",true,") + 6).split(",", 2)[0])
                .map(url -> URI.create(url).getPath())
                .collect(Collectors.toSet());

        assertThat(lines.get(0)).startsWith("slug,title,").contains(",profile_loaded,url,");
        assertThat(profileUrls).containsExactlyInAnyOrderElementsOf(paths(""));
    }

    @Test
    void theJsonDownloadHoldsEveryProfile() {
        JsonNode download = json.readTree(site().get("/data/occupations.json").body());
        Set<String> profileUrls = new LinkedHashSet<>();
        for (JsonNode occupation : download.get("occupations")) {
            if (occupation.get("profileLoaded").asBoolean()) {
                profileUrls.add(URI.create(occupation.get("url").asString()).getPath());
            }
        }

        assertThat(profileUrls).containsExactlyInAnyOrderElementsOf(paths(""));
    }

    /** Entry-level education and median annual pay, as BLS's group pages list them. */
    private static List<String> keyFacts(Profile profile) {
        List<String> facts = new ArrayList<>();
        profile.node().textAt("quick_facts/qf_entry_level_education/value").ifPresent(facts::add);
        profile.node().textAt("quick_facts/qf_median_pay_annual/value")
                .ifPresent(pay -> facts.add("$" + GROUPING.format(Long.parseLong(pay))));
        return facts;
    }

    private static List<String> paths(String tabPath) {
        return BundledHandbook.profiles().stream().map(profile -> profile.path() + tabPath).toList();
    }

    private static Set<String> links(Document page) {
        return page.select("main a[href]").stream().map(a -> a.attr("href")).collect(Collectors.toSet());
    }
}
