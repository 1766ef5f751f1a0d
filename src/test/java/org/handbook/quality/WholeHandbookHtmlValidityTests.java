package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.handbook.support.BundledEditionTest;
import org.handbook.support.SiteClient.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every tab of varied profiles of the bundled Handbook, and each page listing all of it, passes the W3C
 * Nu Html Checker with no errors.
 */
class WholeHandbookHtmlValidityTests extends BundledEditionTest {

    static List<BundledSamples.Page> pages() {
        return Stream.concat(BundledSamples.catalogPages().stream(), BundledSamples.tabs().stream()).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsValidHtml(BundledSamples.Page page) throws Exception {
        Response response = site().get(page.path());
        assertThat(response.statusCode()).as(page.path()).isEqualTo(200);

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        // language detection only ever warns, and costs more than the check itself on 180 long pages
        validator.setNoLangDetect(true);
        String report = validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));

        assertThat(report.lines().filter(line -> line.contains("error:")).toList())
                .as("Nu Html Checker errors on %s", page.path())
                .isEmpty();
    }
}
