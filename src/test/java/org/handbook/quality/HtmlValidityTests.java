package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nu.validator.client.EmbeddedValidator;
import org.handbook.support.SiteClient;
import org.handbook.support.SiteClient.Response;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page type passes the W3C Nu Html Checker with no errors. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class HtmlValidityTests {

    @LocalServerPort
    private int port;

    static List<PageSamples.Sample> pages() {
        return PageSamples.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void pageIsValidHtml(PageSamples.Sample page) throws Exception {
        Response response = new SiteClient(port).get(page.path());
        assertThat(response.statusCode()).isEqualTo(page.status());

        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)));

        assertThat(report.lines().filter(line -> line.contains("error:")).toList())
                .as("Nu Html Checker errors on %s", page.path())
                .isEmpty();
    }
}
