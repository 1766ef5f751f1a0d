package org.handbook.importer;

import java.io.InputStream;
import java.io.UncheckedIOException;

/** The importer's test files, read from the test classpath. */
final class ImportFixtures {

    static final String FIXTURE = "/importer/ooh-fixture.xml";
    static final String NOT_OOH = "/importer/not-ooh.xml";
    static final String TRUNCATED = "/importer/truncated.xml";

    private ImportFixtures() {
    }

    static InputStream open(String name) {
        InputStream in = ImportFixtures.class.getResourceAsStream(name);
        if (in == null) {
            throw new UncheckedIOException(new java.io.FileNotFoundException(name));
        }
        return in;
    }

    static OohImport.Result importFixture() {
        try (InputStream in = open(FIXTURE)) {
            return new OohImport().run(in, count -> { });
        }
        catch (java.io.IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** The fixture as the edition of another base year (its projection ten years on, wages of May). */
    static OohImport.Result fixtureEdition(int baseYear) {
        try (InputStream in = open(FIXTURE)) {
            String xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .replace("<current_year>2022", "<current_year>" + baseYear)
                    .replace("<projection_year>2032", "<projection_year>" + (baseYear + 10))
                    .replace("<reference_year>2022", "<reference_year>" + baseYear)
                    .replace("<reference_period>May 2022", "<reference_period>May " + baseYear);
            return new OohImport().run(new java.io.ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    count -> { });
        }
        catch (java.io.IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    static ImportedProfile profile(OohImport.Result result, String title) {
        return result.profiles().stream().filter(profile -> profile.title().equals(title)).findFirst()
                .orElseThrow(() -> new AssertionError("no profile " + title));
    }
}
