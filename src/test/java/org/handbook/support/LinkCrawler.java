package org.handbook.support;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Follows the site's own links from a start page, as a visitor or a search engine would, and notes
 * every address that does not answer 200. Each address is fetched once; a 301 (or the 302 with which
 * /api sends to the API's documentation page) counts when its target answers 200. Only HTML pages are read
 * for links: anchors, stylesheets, scripts, images, frames and search forms. Links to other sites and
 * fragments are left alone.
 */
public final class LinkCrawler {

    private static final String LINKS = "a[href], link[href], script[src], img[src], iframe[src], form[action][method=get]";

    private final SiteClient site;
    private final int maxAddresses;
    private final Predicate<URI> follow;

    /**
     * @param maxAddresses where the crawl stops whatever it finds, above what the site has
     * @param follow       which of the site's own links to follow; a redirect's target is always fetched
     */
    public LinkCrawler(SiteClient site, int maxAddresses, Predicate<URI> follow) {
        this.site = site;
        this.maxAddresses = maxAddresses;
        this.follow = follow;
    }

    /** Crawls from the path given; the addresses found are paths with their query strings. */
    public Crawl crawl(String start) {
        Map<String, String> broken = new LinkedHashMap<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        seen.add(start);
        while (!queue.isEmpty() && seen.size() <= maxAddresses) {
            String address = queue.poll();
            Response response = site.get(address);
            int status = response.statusCode();
            if (status == 301 || status == 302 && address.equals("/api")) {
                String target = address(URI.create(site.base() + address).resolve(response.header("Location").orElse("")));
                if (seen.add(target)) {
                    queue.add(target);
                }
                continue;
            }
            if (status != 200) {
                broken.put(address, String.valueOf(status));
                continue;
            }
            if (!response.header("Content-Type").orElse("").startsWith("text/html")) {
                continue;
            }
            for (Element link : Jsoup.parse(response.body(), site.base() + address).select(LINKS)) {
                String url = link.absUrl(link.hasAttr("href") ? "href" : link.hasAttr("action") ? "action" : "src");
                if (url.startsWith(site.base()) && follow.test(URI.create(url))) {
                    String internal = address(URI.create(url));
                    if (seen.add(internal)) {
                        queue.add(internal);
                    }
                }
            }
        }
        return new Crawl(seen, broken);
    }

    private static String address(URI uri) {
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /**
     * @param seen   every address found, fetched or not (the crawl may stop first)
     * @param broken the addresses that did not answer 200, with what they answered
     */
    public record Crawl(Set<String> seen, Map<String, String> broken) {
    }
}
