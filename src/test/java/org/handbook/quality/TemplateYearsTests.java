package org.handbook.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every label that names a year, a period or an edition comes from the edition shown, so no template
 * may hold a year: a new edition must not leave "May 2022" behind on a page (as spring-petclinic's
 * I18nPropertiesSyncTest keeps text out of its templates). A year inside an address, such as SVG's
 * namespace {@code http://www.w3.org/2000/svg}, is no label and is let through.
 */
class TemplateYearsTests {

    private static final Pattern YEAR = Pattern.compile("(?<![\\d/])(19|20)\\d{2}(?![\\d/])");

    @Test
    void noTemplateNamesAYear() throws IOException {
        Resource[] templates = new PathMatchingResourcePatternResolver()
                .getResources("classpath*:templates/**/*.html");
        assertThat(templates).isNotEmpty();
        List<String> found = new ArrayList<>();
        for (Resource template : templates) {
            String[] lines = template.getContentAsString(StandardCharsets.UTF_8).split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher year = YEAR.matcher(lines[i]);
                while (year.find()) {
                    found.add(template.getFilename() + ":" + (i + 1) + ": " + year.group());
                }
            }
        }
        assertThat(found).as("years written into templates").isEmpty();
    }
}
