package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class OohXmlReaderTests {

    @Test
    void readsTheHeaderThenOneOccupationAtATime() throws Exception {
        try (InputStream in = ImportFixtures.open(ImportFixtures.FIXTURE); OohXmlReader reader = OohXmlReader.open(in)) {
            EditionHeader header = reader.header();
            assertThat(header.publicationTitle()).isEqualTo("Occupational Outlook Handbook");
            assertThat(header.currentYear()).isEqualTo(2022);
            assertThat(header.projectionYear()).isEqualTo(2032);
            assertThat(header.referenceYear()).isEqualTo(2022);
            assertThat(header.referencePeriod()).isEqualTo("May 2022");
            assertThat(header.referenceMonth()).isEqualTo(YearMonth.of(2022, 5));
            assertThat(header.lastUpdated()).isEqualTo(LocalDate.of(2023, 9, 6));
            assertThat(header.editionName()).isEqualTo("2022-32");
            assertThat(reader.headerWarnings()).isEmpty();

            List<String> names = new ArrayList<>();
            OccupationElement occupation;
            while ((occupation = reader.next()) != null) {
                names.add(occupation.displayName());
            }
            assertThat(names).containsExactly("Health Information Technologists and Medical Registrars",
                    "Medical Transcriptionists", "Physicians and Surgeons", "Military Careers",
                    "occupation #5 (line 562)");
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void keepsCdataTextOfAnOccupationElement() throws Exception {
        try (InputStream in = ImportFixtures.open(ImportFixtures.FIXTURE); OohXmlReader reader = OohXmlReader.open(in)) {
            OccupationElement first = reader.next();
            assertThat(first.ordinal()).isEqualTo(1);
            assertThat(first.node().textAt("quick_facts/qf_median_pay_annual/value")).contains("58250");
            assertThat(first.node().find("what_they_do/section_body").orElseThrow().text())
                    .contains("<h3 id=\"duties-heading\" style=\"color: red\">Duties</h3>");
        }
    }

    @Test
    void refusesAFileThatIsNotTheHandbook() {
        assertThatThrownBy(() -> OohXmlReader.open(ImportFixtures.open(ImportFixtures.NOT_OOH)))
                .isInstanceOf(ImportException.class)
                .hasMessageContaining("not BLS's OOH XML compilation")
                .hasMessageContaining("<rss>")
                .hasMessageContaining("line 2");
    }

    @Test
    void namesWhereATruncatedFileBreaksOff() throws Exception {
        try (OohXmlReader reader = OohXmlReader.open(ImportFixtures.open(ImportFixtures.TRUNCATED))) {
            assertThat(reader.next().displayName()).isEqualTo("Health Information Technologists and Medical Registrars");
            assertThatThrownBy(reader::next).isInstanceOf(ImportException.class)
                    .hasMessageContaining("breaks off")
                    .hasMessageContaining("after 1 complete occupation (")
                    .hasMessageMatching("(?s).*line \\d+, column \\d+.*");
        }
    }

    @Test
    void refusesDoctypesSoNoEntityIsExpanded() {
        String hostile = """
                <?xml version="1.0"?>
                <!DOCTYPE ooh [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <ooh><publication_title>&secret;</publication_title></ooh>
                """;
        assertThatThrownBy(() -> OohXmlReader.open(stream(hostile))).isInstanceOf(ImportException.class)
                .hasMessageContaining("not readable XML");
    }

    @Test
    void refusesAFileThatIsNotXml() {
        assertThatThrownBy(() -> OohXmlReader.open(stream("<html><body>Not found</body>")))
                .isInstanceOf(ImportException.class);
        assertThatThrownBy(() -> OohXmlReader.open(stream("PK\u0003\u0004 zipped")))
                .isInstanceOf(ImportException.class).hasMessageContaining("line 1");
    }

    @Test
    void warnsAboutAnUnreadableHeaderValue() throws Exception {
        String xml = "<ooh><current_year>twenty</current_year><projection_year>2034</projection_year>"
                + "<last_updated>2026-02-05</last_updated></ooh>";
        try (OohXmlReader reader = OohXmlReader.open(stream(xml))) {
            assertThat(reader.header().currentYear()).isNull();
            assertThat(reader.header().projectionYear()).isEqualTo(2034);
            assertThat(reader.headerWarnings()).extracting(ImportIssue::toString).contains(
                    "edition header: current_year: unreadable value \"twenty\"",
                    "edition header: last_updated: unreadable value \"2026-02-05\"");
            assertThat(reader.next()).isNull();
        }
    }

    private static InputStream stream(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
