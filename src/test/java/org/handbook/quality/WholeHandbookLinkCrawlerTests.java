package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.handbook.occupation.Tab;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.BundledHandbook;
import org.handbook.support.LinkCrawler;
import org.junit.jupiter.api.Test;

/**
 * A visitor following links from the home page reaches every one of the 342 bundled profiles, and no
 * link on the way is broken. The crawl is bounded for a site of some 5,000 pages: links with a query
 * string (search, finder, compare variants), the embeds and a profile's other tabs and print view are
 * not followed (WholeHandbookTextTests reads every tab of every profile).
 */
class WholeHandbookLinkCrawlerTests extends BundledEditionTest {

    /** Well above the pages a crawl of the whole Handbook finds; it stops there whatever it finds. */
    private static final int MAX_PAGES = 3_000;
    /** A tab or the print view of a profile: the same links as its Summary, 3,420 pages of them. */
    private static final Pattern PROFILE_TAB = Pattern.compile("/[a-z0-9-]+/[a-z0-9-]+/("
            + Tab.all().stream().map(Tab::path).filter(path -> !path.isEmpty()).collect(Collectors.joining("|")) + "|print)");

    @Test
    void everyProfileIsReachableFromTheHomePage() {
        LinkCrawler.Crawl crawl = new LinkCrawler(site(), MAX_PAGES, WholeHandbookLinkCrawlerTests::followed).crawl("/");

        List<String> profiles = BundledHandbook.profiles().stream().map(BundledHandbook.Profile::path).toList();
        assertThat(crawl.seen().size()).as("pages found (the crawl stops at %d)", MAX_PAGES).isLessThanOrEqualTo(MAX_PAGES);
        assertThat(crawl.broken()).as("links that do not answer 200 (found on the crawl of %d addresses)", crawl.seen().size())
                .isEmpty();
        assertThat(crawl.seen()).as("profiles reached from the home page").containsAll(profiles);
    }

    /** Whether the crawl follows a link: not to query-string variants, embeds, nor a profile's other tabs. */
    private static boolean followed(URI link) {
        String path = link.getRawPath();
        // an embed repeats a tab page's content in a frame; EmbedControllerTests covers them
        return link.getRawQuery() == null && !path.startsWith("/embed/") && !path.startsWith("/oembed")
                && !PROFILE_TAB.matcher(path).matches();
    }
}
