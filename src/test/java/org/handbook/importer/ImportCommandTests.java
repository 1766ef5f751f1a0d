package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTests {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final ImportCommand command = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8), settings -> {
                throw new AssertionError("a dry run or a usage error opens no database");
            });

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
    void withoutDryRunItHandsTheFileWithItsHashAndSettingsToTheLoader() throws Exception {
        String[] seen = new String[3];
        ImportCommand loading = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), settings -> {
                    seen[2] = String.join(" ", settings);
                    return new ImportCommand.Target((result, source, hash) -> {
                        seen[0] = source;
                        seen[1] = hash;
                        return new EditionWriter.Outcome(EditionWriter.Status.LOADED, "2022-32",
                                "Edition 2022-32 loaded.", result.profiles().size(), 2, 1, List.of("a note"));
                    }, () -> { });
                });
        Path file = copy(ImportFixtures.FIXTURE);
        assertThat(loading.run(file.toString(), "--spring.profiles.active=file")).isZero();
        assertThat(seen[0]).isEqualTo(file.toString());
        assertThat(seen[1]).hasSize(64).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        assertThat(seen[2]).isEqualTo("--spring.profiles.active=file");
        assertThat(stdout()).contains("Profiles mapped: 4", "Loaded: 4 profiles, 2 occupations", "Not kept: 1",
                "  - a note", "Edition 2022-32 loaded.");
        assertThat(stderr()).contains("writing edition 2022-32");
    }

    @Test
    void aRefusedEditionExitsWithOne() throws Exception {
        ImportCommand refusing = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), settings -> new ImportCommand.Target(
                        (result, source, hash) -> new EditionWriter.Outcome(EditionWriter.Status.REFUSED, "2022-32",
                                "Edition 2022-32 is already loaded.", 0, 0, 0, List.of()), () -> { }));
        assertThat(refusing.run(copy(ImportFixtures.FIXTURE).toString())).isEqualTo(1);
        assertThat(stdout()).contains("Edition 2022-32 is already loaded.");
    }

    @Test
    void anUnusableFileNeverReachesTheLoader() throws Exception {
        ImportCommand failing = new ImportCommand(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), settings -> new ImportCommand.Target(
                        (result, source, hash) -> {
                            throw new AssertionError("nothing may be written");
                        }, () -> { }));
        assertThat(failing.run(copy(ImportFixtures.TRUNCATED).toString())).isEqualTo(1);
        assertThat(stdout()).contains("Nothing was written.");
    }

    @Test
    void refusesUnknownOptionsAndMissingSource() {
        assertThat(command.run("--force")).isEqualTo(2);
        assertThat(command.run("--dry-run")).isEqualTo(2);
        assertThat(command.run("a.xml", "b.xml")).isEqualTo(2);
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
