package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.handbook.occupation.Tab;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Adds up the bytes a first visit to a profile tab downloads (the HTML and every stylesheet,
 * script, image and frame it loads, compressed as served to a browser that accepts gzip) and
 * holds them under 60 KB.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PageWeightTests {

    static final int BUDGET_BYTES = 60 * 1024;

    @LocalServerPort
    private int port;

    @ParameterizedTest
    @EnumSource(Tab.class)
    void aProfileTabWeighsUnderTheBudgetOnFirstLoad(Tab tab) {
        SiteClient site = new SiteClient(port);
        Map<String, Integer> weights = new LinkedHashMap<>();
        String path = PageSamples.PROFILE + tab.path();
        Document page = Jsoup.parse(new String(fetch(site, path, weights), StandardCharsets.UTF_8), site.base() + path);
        for (Element resource : page.select("link[rel=stylesheet], script[src], img[src], iframe[src]")) {
            String url = resource.hasAttr("href") ? resource.absUrl("href") : resource.absUrl("src");
            String own = url.startsWith(site.base()) ? url.substring(site.base().length()) : null;
            if (own != null && !weights.containsKey(own)) {
                fetch(site, own, weights);
            }
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();

        assertThat(total).as("bytes on first load of %s: %s", tab.label(), weights).isLessThanOrEqualTo(BUDGET_BYTES);
    }

    /** Counts the bytes as they came over the wire and answers them unpacked. */
    private static byte[] fetch(SiteClient site, String path, Map<String, Integer> weights) {
        Response response = site.get(path, "Accept-Encoding", "gzip");
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        weights.put(path, response.bytes().length);
        return response.unzipped();
    }
}
