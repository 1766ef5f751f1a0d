package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.handbook.support.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A value the importer cannot read never costs the edition: the row that needs it is left out and
 * said so, and everything else loads. (Before, a wage by industry without a figure failed the whole
 * write with a NullPointerException.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class EditionWriterTests {

    @RegisterExtension
    static final ScratchDatabase DATABASE = new ScratchDatabase("handbook_edition_writer");

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
    }

    @Autowired
    EditionWriter writer;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void unreadableFiguresAreLeftOutWithANoteAndTheRestOfTheEditionLoads() {
        String xml = fixture().replace("<current_year>2022", "<current_year>2024")
                .replace("<projection_year>2032", "<projection_year>2034")
                .replace("<td>198,400</td>", "<td>about 198,400</td>")
                .replace("<td align=\"right\">7</td>", "<td align=\"right\">seven</td>");
        OohImport.Result read = new OohImport().run(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                count -> { });
        assertThat(read.report().warnings()).extracting(ImportIssue::toString).anyMatch(w -> w.contains("about 198,400"))
                .anyMatch(w -> w.contains("\"seven\""));

        EditionWriter.Outcome outcome = writer.write(read, "unreadable.xml", "0".repeat(64));

        assertThat(outcome.status()).isEqualTo(EditionWriter.Status.LOADED);
        assertThat(outcome.occupations()).isEqualTo(4);
        assertThat(outcome.notes()).contains(
                "Physicians and Surgeons: wages by industry row \"Offices of physicians\" has no figure; not kept",
                "Health Information Technologists and Medical Registrars: largest employers row "
                        + "\"Offices of physicians\" has no figure; not kept");
        assertThat(jdbc.queryForList("""
                select w.industry || ' ' || w.median_wage_annual || case when w.top_coded then ' or more' else '' end
                from industry_wage w
                join occupation o on o.id = w.occupation_id join edition e on e.id = o.edition_id
                where e.code = '2024-34' and o.slug = 'physicians-and-surgeons' and w.table_number = 2
                order by w.position""", String.class)).containsExactly(
                "Hospitals; state, local, and private 205300", "Outpatient care centers 239200 or more");
    }

    private static String fixture() {
        try (InputStream in = ImportFixtures.open(ImportFixtures.FIXTURE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
    }
}
