package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import nu.validator.client.EmbeddedValidator;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.SiteClient.Response;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The catalog pages that grow with the Handbook, at its whole size: the finder listing all 342
 * occupations with its counts, compare's select of every occupation, and four occupations compared
 * (a top-coded pay and a decline among them). Each is valid HTML and, gzipped as served, within
 * the budget a profile tab's whole first load has.
 */
class WholeHandbookCatalogPagesTests extends BundledEditionTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theLargestCatalogPagesAreValidAndLight() throws Exception {
        String four = "/compare?o=" + String.join("&o=", firstSlug("sort=pay"), firstSlug("sort=growth-asc"),
                firstSlug("sort=growth"), firstSlug("sort=pay-asc"));
        for (String path : List.of("/occupation-finder", "/occupation-finder?sort=pay-asc", "/compare", four)) {
            Response response = site().get(path);
            assertThat(response.statusCode()).as(path).isEqualTo(200);

            EmbeddedValidator validator = new EmbeddedValidator();
            validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
            validator.setNoLangDetect(true);
            String report = validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));
            assertThat(report.lines().filter(line -> line.contains("error:")).toList())
                    .as("Nu Html Checker errors on %s", path).isEmpty();
            assertThat(gzipped(response.body())).as("gzipped bytes of %s", path)
                    .isLessThanOrEqualTo(PageWeightTests.BUDGET_BYTES);
        }
    }

    private String firstSlug(String query) {
        return json.readTree(site().get("/api/v1/occupations?limit=1&" + query).body())
                .get("items").get(0).get("slug").asString();
    }

    private static int gzipped(String body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(body.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.size();
    }
}
