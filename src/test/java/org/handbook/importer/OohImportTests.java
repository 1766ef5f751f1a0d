package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.handbook.importer.ImportedProfile.SimilarOccupation;
import org.junit.jupiter.api.Test;

class OohImportTests {

    private static final Path SHARED_SAMPLE = Path.of("/work/shared/docs/bls-ooh/ooh-sample.xml");

    @Test
    void reportsParsedMappedSkippedAndWarnings() {
        OohImport.Result result = ImportFixtures.importFixture();
        ImportReport report = result.report();
        assertThat(report.parsedCount()).isEqualTo(5);
        assertThat(report.mappedCount()).isEqualTo(4);
        assertThat(report.usable()).isTrue();
        assertThat(report.skipped()).extracting(ImportIssue::toString)
                .containsExactly("occupation #5 (line 562): title: no title; occupation skipped");
        assertThat(report.warnings()).extracting(ImportIssue::toString).contains(
                "Medical Transcriptionists: quick_facts/qf_number_of_jobs/value: not a whole number: \"12,3x4\"; "
                        + "kept as absent",
                "Medical Transcriptionists: quick_facts/qf_work_experience/value: unknown WorkExperience "
                        + "\"A few summers\"; kept as absent");
        assertThat(report.warnings()).anySatisfy(warning -> {
            assertThat(warning.occupation()).isEqualTo("Physicians and Surgeons");
            assertThat(warning.element()).isEqualTo("pay/section_chart_html");
            assertThat(warning.message()).contains("top-coded");
        });
        assertThat(report.summary()).contains("projections 2022-32", "Occupations read: 5", "Profiles mapped: 4",
                "Skipped: 1", "12,3x4");
    }

    @Test
    void aProfileWithoutCitationTakesTheAddressOtherProfilesLinkItBy() {
        OohImport.Result result = ImportFixtures.importFixture();
        ImportedProfile transcriptionists = ImportFixtures.profile(result, "Medical Transcriptionists");
        assertThat(transcriptionists.ref()).isEqualTo(new ProfileRef("healthcare", "medical-transcriptionists"));
        assertThat(transcriptionists.sourceUrl())
                .isEqualTo("https://www.bls.gov/ooh/healthcare/medical-transcriptionists.htm");
    }

    @Test
    void similarOccupationsLinkInsideOrOutsideTheFile() {
        OohImport.Result result = ImportFixtures.importFixture();
        List<SimilarOccupation> rows = ImportFixtures.profile(result,
                "Health Information Technologists and Medical Registrars").similarOccupations();
        assertThat(result.refs()).contains(rows.get(3).ref()).doesNotContain(rows.get(1).ref());
    }

    @Test
    void noMarkupSurvivesInAnyString() throws Exception {
        List<String> strings = new ArrayList<>();
        for (ImportedProfile profile : ImportFixtures.importFixture().profiles()) {
            collect(profile, strings);
        }
        assertThat(strings).isNotEmpty().noneMatch(text -> text.contains("<") || text.contains(">")
                || text.contains("&rsquo;") || text.contains("&nbsp;") || text.contains("\u00a0")
                || text.contains("injected") || text.contains("#include") || text.contains("style=")
                || !text.equals(text.strip()));
    }

    @Test
    void anUnusableFileGivesNoProfilesAndSaysWhy() {
        OohImport.Result result = new OohImport().run(ImportFixtures.open(ImportFixtures.TRUNCATED), count -> { });
        assertThat(result.profiles()).isEmpty();
        assertThat(result.report().usable()).isFalse();
        assertThat(result.report().fatal()).contains("breaks off");
        assertThat(result.report().summary()).contains("Unusable file: The file breaks off");
    }

    @Test
    void mapsEveryProfileOfTheSharedSampleWithoutProblems() throws Exception {
        assumeTrue(Files.isReadable(SHARED_SAMPLE), "the shared sample of BLS's compilation is not on this machine");
        OohImport.Result result;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(SHARED_SAMPLE))) {
            result = new OohImport().run(in, count -> { });
        }
        assertThat(result.report().fatal()).isNull();
        assertThat(result.report().skipped()).isEmpty();
        assertThat(result.report().warnings()).isEmpty();
        assertThat(result.header().editionName()).isEqualTo("2024-34");
        assertThat(result.profiles()).extracting(profile -> profile.ref().slug()).containsExactly(
                "accountants-and-auditors", "health-information-technologists-and-medical-registrars",
                "medical-records-and-health-information-technicians", "military-careers");
        assertThat(result.profiles()).allSatisfy(profile -> assertThat(profile.blocks()).isNotEmpty());
    }

    /** Every string reachable from a record, through nested records and lists. */
    private static void collect(Object value, List<String> out) throws Exception {
        if (value instanceof String text) {
            out.add(text);
        }
        else if (value instanceof Collection<?> items) {
            for (Object item : items) {
                collect(item, out);
            }
        }
        else if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                collect(component.getAccessor().invoke(record), out);
            }
        }
    }
}
