package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Follows every internal link, stylesheet and script from the home page and checks that each
 * answers 200, or 301 to an address that does (and the API's browsable UI at /api, which
 * springdoc reaches with a 302 to its own page).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LinkCrawlerTests {

    /** Enough for every page of the seed data; the crawl stops there whatever it finds. */
    private static final int MAX_PAGES = 600;

    @LocalServerPort
    private int port;

    @Test
    void everyInternalLinkFromTheHomePageWorks() {
        SiteClient site = new SiteClient(port);
        Map<String, String> broken = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add("/");
        seen.add("/");
        while (!queue.isEmpty() && seen.size() <= MAX_PAGES) {
            String path = queue.poll();
            Response response = site.get(path);
            int status = response.statusCode();
            if (status == 301 || status == 302 && path.equals("/api")) {
                String target = URI.create(site.base() + path)
                        .resolve(response.header("Location").orElse("")).getRawPath();
                if (site.get(target).statusCode() != 200) {
                    broken.put(path, "301 to " + target + " which does not answer 200");
                }
                continue;
            }
            if (status != 200) {
                broken.put(path, String.valueOf(status));
                continue;
            }
            String type = response.header("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            Document page = Jsoup.parse(response.body(), site.base() + path);
            for (Element link : page.select("a[href], link[href], script[src], img[src], iframe[src], form[action][method=get]")) {
                String url = link.hasAttr("href") ? link.absUrl("href")
                        : link.hasAttr("action") ? link.absUrl("action") : link.absUrl("src");
                String internal = internalPath(url, site.base());
                if (internal != null && seen.add(internal)) {
                    queue.add(internal);
                }
            }
        }

        assertThat(broken).as("links that do not answer 200 (found on the crawl of %d addresses)", seen.size()).isEmpty();
        assertThat(seen).as("the crawl reaches the profile's tabs").contains(PageSamples.PROFILE + "pay");
    }

    /** The path and query of a link to this site, without its fragment; null for other sites. */
    private static String internalPath(String url, String base) {
        if (url.isEmpty() || !url.startsWith(base)) {
            return null;
        }
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }
}
