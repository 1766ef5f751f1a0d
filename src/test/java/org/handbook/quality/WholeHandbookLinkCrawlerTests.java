package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.handbook.occupation.Tab;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.BundledHandbook;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * A visitor following links from the home page reaches every one of the 342 bundled profiles, and no
 * link on the way is broken. The crawl is bounded for a site of some 5,000 pages: links with a query
 * string (search, finder, compare variants), the embeds and a profile's other tabs and print view are
 * not followed (WholeHandbookTextTests reads every tab of every profile), each address is fetched once,
 * and only HTML pages are read for links.
 */
class WholeHandbookLinkCrawlerTests extends BundledEditionTest {

    /** Well above the pages a crawl of the whole Handbook finds; it stops there whatever it finds. */
    private static final int MAX_PAGES = 3_000;
    /** A tab or the print view of a profile: the same links as its Summary, 3,420 pages of them. */
    private static final Pattern PROFILE_TAB = Pattern.compile("/[a-z0-9-]+/[a-z0-9-]+/("
            + Tab.all().stream().map(Tab::path).filter(path -> !path.isEmpty()).collect(Collectors.joining("|")) + "|print)");

    @Test
    void everyProfileIsReachableFromTheHomePage() {
        SiteClient site = site();
        Map<String, String> broken = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
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
                if (seen.add(target)) {
                    queue.add(target);
                }
                continue;
            }
            if (status != 200) {
                broken.put(path, String.valueOf(status));
                continue;
            }
            if (!response.header("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            for (Element link : Jsoup.parse(response.body(), site.base() + path).select("a[href], link[href], script[src]")) {
                String internal = followed(link.absUrl(link.hasAttr("href") ? "href" : "src"), site.base());
                if (internal != null && seen.add(internal)) {
                    queue.add(internal);
                }
            }
        }

        List<String> profiles = BundledHandbook.profiles().stream().map(BundledHandbook.Profile::path).toList();
        assertThat(seen.size()).as("pages found (the crawl stops at %d)", MAX_PAGES).isLessThanOrEqualTo(MAX_PAGES);
        assertThat(broken).as("links that do not answer 200 (found on the crawl of %d addresses)", seen.size()).isEmpty();
        assertThat(seen).as("profiles reached from the home page").containsAll(profiles);
    }

    /** The path of a link this crawl follows; null for other sites, query-string variants and embeds. */
    private static String followed(String url, String base) {
        if (url.isEmpty() || !url.startsWith(base)) {
            return null;
        }
        URI uri = URI.create(url);
        String path = uri.getRawPath();
        // an embed repeats a tab page's content in a frame; EmbedControllerTests covers them
        if (uri.getRawQuery() != null || path.startsWith("/embed/") || path.startsWith("/oembed")
                || PROFILE_TAB.matcher(path).matches()) {
            return null;
        }
        return path;
    }
}
