package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.handbook.occupation.Tab;
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

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    private int port;

    @ParameterizedTest
    @EnumSource(Tab.class)
    void aProfileTabWeighsUnderTheBudgetOnFirstLoad(Tab tab) {
        String base = "http://127.0.0.1:" + port;
        Map<String, Integer> weights = new LinkedHashMap<>();
        byte[] html = fetch(base + PageSamples.PROFILE + tab.path(), weights);
        Document page = Jsoup.parse(decoded(html), base + PageSamples.PROFILE + tab.path());
        for (Element resource : page.select("link[rel=stylesheet], script[src], img[src], iframe[src]")) {
            String url = resource.hasAttr("href") ? resource.absUrl("href") : resource.absUrl("src");
            if (url.startsWith(base) && !weights.containsKey(url)) {
                fetch(url, weights);
            }
        }
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();

        assertThat(total).as("bytes on first load of %s: %s", tab.label(), weights).isLessThanOrEqualTo(BUDGET_BYTES);
    }

    private byte[] fetch(String url, Map<String, Integer> weights) {
        try {
            HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Accept-Encoding", "gzip").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            weights.put(url, response.body().length);
            boolean gzipped = response.headers().firstValue("Content-Encoding").orElse("").equals("gzip");
            return gzipped ? new GZIPInputStream(new ByteArrayInputStream(response.body())).readAllBytes() : response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String decoded(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
