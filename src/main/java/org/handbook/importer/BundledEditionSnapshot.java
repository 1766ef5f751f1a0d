package org.handbook.importer;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import tools.jackson.databind.json.JsonMapper;

/**
 * The bundled edition as the importer maps it, written at build time beside the shipped XML so that a
 * start-up loads it without parsing the XML's HTML again: reading the snapshot takes a fraction of the
 * CPU that mapping the file does (docs/performance.md). It records the checksum of the file it was
 * made from; {@link BundledEditionMigration} uses it only when that matches the shipped file.
 *
 * <p>{@code java ... BundledEditionSnapshot <edition.xml.gz> <snapshot.json.gz> <classes>} is run by the build
 * (exec-maven-plugin, phase process-classes), from the compiled importer, so the snapshot always holds
 * what this very importer maps.
 *
 * @param sourceChecksum CRC-32 of the compressed file, as {@link BundledEditionMigration#fileChecksum()}
 * @param contentHash    SHA-256 of the unpacked XML, hex, as an import of that file records it
 * @param header         the edition
 * @param profiles       the mapped profiles, in file order
 * @param warnings       the import's warnings, for the start-up log
 */
record BundledEditionSnapshot(int sourceChecksum, String contentHash, EditionHeader header,
        List<ImportedProfile> profiles, List<String> warnings) {

    private static final int BUFFER = 1 << 16;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Maps the compressed XML compilation; a file that cannot be used or maps with skips fails. */
    static BundledEditionSnapshot map(InputStream compressed) throws IOException {
        CRC32 crc = new CRC32();
        MessageDigest digest = ImportCommand.sha256();
        OohImport.Result result;
        try (InputStream in = new DigestInputStream(new BufferedInputStream(new GZIPInputStream(
                new CheckedInputStream(compressed, crc), BUFFER), BUFFER), digest)) {
            result = new OohImport().run(in, count -> { });
            in.transferTo(OutputStream.nullOutputStream());
        }
        ImportReport report = result.report();
        if (!report.usable() || report.skippedCount() > 0) {
            throw new IllegalStateException("The bundled edition does not map whole:\n" + report.summary());
        }
        return new BundledEditionSnapshot((int) crc.getValue(), HexFormat.of().formatHex(digest.digest()),
                result.header(), result.profiles(), report.warnings().stream().map(ImportIssue::toString).toList());
    }

    static BundledEditionSnapshot read(InputStream compressed) throws IOException {
        try (InputStream in = new BufferedInputStream(new GZIPInputStream(compressed, BUFFER), BUFFER)) {
            return JSON.readValue(in, BundledEditionSnapshot.class);
        }
    }

    void write(Path target) throws IOException {
        Files.createDirectories(target.getParent());
        try (OutputStream out = new GZIPOutputStream(new BufferedOutputStream(Files.newOutputStream(target), BUFFER))) {
            JSON.writeValue(out, this);
        }
    }

    private static boolean upToDate(Path target, Path source, Path classes) throws IOException {
        if (!Files.exists(target)) {
            return false;
        }
        FileTime made = Files.getLastModifiedTime(target);
        if (Files.getLastModifiedTime(source).compareTo(made) >= 0) {
            return false;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            return files.filter(file -> file.toString().endsWith(".class"))
                    .allMatch(file -> lastModified(file).compareTo(made) < 0);
        }
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    /** What {@link EditionWriter} writes. */
    OohImport.Result result() {
        return new OohImport.Result(header, profiles, new ImportReport());
    }

    /**
     * Build step: {@code <edition.xml.gz> <snapshot.json.gz> <classes directory>}. A snapshot newer than
     * the file and than every compiled class is kept, so a build that changed neither does not map again.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            throw new IllegalArgumentException(
                    "Usage: BundledEditionSnapshot <edition.xml.gz> <snapshot.json.gz> <classes directory>");
        }
        Path target = Path.of(args[1]);
        if (upToDate(target, Path.of(args[0]), Path.of(args[2]))) {
            System.out.println("Bundled edition snapshot " + target + " is up to date");
            return;
        }
        BundledEditionSnapshot snapshot;
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            snapshot = map(in);
        }
        snapshot.write(target);
        System.out.println("Bundled edition " + snapshot.header().editionName() + ": " + snapshot.profiles().size()
                + " profiles, " + snapshot.warnings().size() + " warnings, written to " + args[1]);
    }
}
