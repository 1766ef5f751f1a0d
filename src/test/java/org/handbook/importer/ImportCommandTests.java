package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ImportCommand command = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @TempDir
    Path dir;

    @Test
    void dryRunPrintsTheSummaryAndSucceeds() throws Exception {
        int code = command.run(copy(ImportFixtures.FIXTURE).toString(), "--dry-run");
        assertThat(code).isZero();
        assertThat(stdout()).contains("Profiles mapped: 4", "Skipped: 1", "Dry run: nothing was written");
    }

    @Test
    void anUnusableFileExitsWithOne() throws Exception {
        assertThat(command.run(copy(ImportFixtures.NOT_OOH).toString(), "--dry-run")).isEqualTo(1);
        assertThat(stdout()).contains("Unusable file: The file is not BLS's OOH XML compilation");
        assertThat(stderr()).contains("The file cannot be used.");
    }

    @Test
    void aMissingFileExitsWithOne() {
        assertThat(command.run(dir.resolve("absent.xml").toString(), "--dry-run")).isEqualTo(1);
        assertThat(stderr()).contains("absent.xml: no such file");
    }

    @Test
    void withoutDryRunItShowsUsageAndWritesNothing() throws Exception {
        assertThat(command.run(copy(ImportFixtures.FIXTURE).toString())).isEqualTo(2);
        assertThat(stderr()).contains("--dry-run is required", "Usage: java -jar handbook.jar import");
        assertThat(stdout()).isEmpty();
    }

    @Test
    void refusesUnknownOptionsAndMissingSource() {
        assertThat(command.run("--force")).isEqualTo(2);
        assertThat(command.run("--dry-run")).isEqualTo(2);
        assertThat(stderr()).contains("Unknown option --force", "Name one file or URL.");
    }

    private Path copy(String resource) throws Exception {
        Path file = dir.resolve(Path.of(resource).getFileName().toString());
        try (InputStream in = ImportFixtures.open(resource)) {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
