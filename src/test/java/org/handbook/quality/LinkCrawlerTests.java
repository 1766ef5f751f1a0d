package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.handbook.support.LinkCrawler;
import org.handbook.support.SiteClient;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every link of the site from the home page on, with the seed data, answers 200 or redirects to a page that does. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class LinkCrawlerTests {

    /** Enough for every page of the seed data; the crawl stops there whatever it finds. */
    private static final int MAX_PAGES = 600;

    @LocalServerPort
    private int port;

    @Test
    void everyInternalLinkFromTheHomePageWorks() {
        LinkCrawler.Crawl crawl = new LinkCrawler(new SiteClient(port), MAX_PAGES, link -> true).crawl("/");

        assertThat(crawl.broken()).as("links that do not answer 200 (found on the crawl of %d addresses)", crawl.seen().size())
                .isEmpty();
        assertThat(crawl.seen()).as("the crawl reaches the profile's tabs").contains(PageSamples.PROFILE + "pay");
    }
}
