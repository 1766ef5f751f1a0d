package org.handbook.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.zip.CRC32;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Loads the Handbook edition the site ships ({@value #RESOURCE}, BLS's 2024-34 edition in the structure
 * of its {@code xml-compilation.xml}) into a database that does not hold it yet, as Flyway's last
 * migration: it runs under Flyway's lock, after every schema migration, in the same transaction as its
 * record in {@code flyway_schema_history}. Instances starting together on an empty database load it
 * once; a restart against a loaded database does nothing, as Flyway has it recorded.
 *
 * <p>Repeatable, with the checksum of the shipped file and of {@link #MAPPING_REVISION}: a release
 * shipping another file, or mapping it anew, runs it again.
 * The edition is written by the importer's own path ({@link EditionWriter}): a file already imported
 * (the same content) changes nothing, and an edition an operator already imported from BLS's official
 * file is left as it is. {@code handbook.bundled-edition.enabled=false} leaves it out (the test
 * contexts that need only the seed).
 */
@Component
@ConditionalOnBooleanProperty(name = "handbook.bundled-edition.enabled", matchIfMissing = true)
public class BundledEditionMigration implements JavaMigration {

    /** The shipped edition, gzip-compressed, on the classpath. */
    public static final String RESOURCE = "editions/ooh-2024-34.xml.gz";
    /** The build's snapshot of it ({@link BundledEditionSnapshot}). */
    static final String SNAPSHOT = "editions/ooh-2024-34.json.gz";

    /**
     * Raise it when a change of the importer should reach the databases that loaded the bundled
     * edition already (it changed what a profile holds, not only how a page shows it): it is part of
     * the migration's checksum and of the hash the edition is recorded with, so the next start loads
     * the edition again, mapped anew, once. Revision 2: the names search reads from What They Do,
     * openings stated mid-sentence, no hourly wage percentiles as annual ones.
     */
    static final int MAPPING_REVISION = 2;

    private static final Logger log = LoggerFactory.getLogger(BundledEditionMigration.class);
    private static final int BUFFER = 1 << 16;

    private Integer fileChecksum;

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "bundled edition";
    }

    @Override
    public Integer getChecksum() {
        CRC32 crc = new CRC32();
        crc.update(ByteBuffer.allocate(Integer.BYTES * 2).putInt(fileChecksum()).putInt(MAPPING_REVISION).flip());
        return (int) crc.getValue();
    }

    /** CRC-32 of the shipped file, as the build's snapshot records it. */
    synchronized int fileChecksum() {
        if (fileChecksum == null) {
            CRC32 crc = new CRC32();
            try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
                byte[] buffer = new byte[BUFFER];
                int read;
                while ((read = in.read(buffer)) > 0) {
                    crc.update(buffer, 0, read);
                }
            }
            catch (IOException ex) {
                throw new UncheckedIOException("The bundled edition " + RESOURCE + " cannot be read", ex);
            }
            fileChecksum = (int) crc.getValue();
        }
        return fileChecksum;
    }

    /**
     * The hash the bundled edition is recorded with: the file's, revised with {@link #MAPPING_REVISION},
     * so that the writer replaces a copy mapped by an earlier revision instead of finding it loaded.
     */
    static String recordedHash(String fileHash) {
        MessageDigest digest = ImportCommand.sha256();
        digest.update((fileHash + " mapping revision " + MAPPING_REVISION).getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(digest.digest());
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws IOException {
        long started = System.nanoTime();
        BundledEditionSnapshot edition = snapshotOrMapped();
        long read = System.nanoTime();
        EditionWriter.Outcome outcome = EditionWriter.writeOn(context.getConnection(), edition.result(),
                EditionWriter.BUNDLED_SOURCE + RESOURCE, recordedHash(edition.contentHash()));
        long written = System.nanoTime();
        log.info("Bundled edition {}: {} ({} profiles, {} import warnings; read in {} ms, written in {} ms)",
                outcome.edition(), outcome.message(), edition.profiles().size(), edition.warnings().size(),
                Duration.ofNanos(read - started).toMillis(), Duration.ofNanos(written - read).toMillis());
    }

    /**
     * The build's snapshot of the shipped file; without one made from this very file (a run from an
     * IDE that skipped the build step), the file is mapped here, which takes several times longer.
     */
    private BundledEditionSnapshot snapshotOrMapped() throws IOException {
        ClassPathResource snapshot = new ClassPathResource(SNAPSHOT);
        if (snapshot.exists()) {
            try (InputStream in = snapshot.getInputStream()) {
                BundledEditionSnapshot read = BundledEditionSnapshot.read(in);
                if (read.sourceChecksum() == fileChecksum()) {
                    return read;
                }
            }
        }
        log.warn("No snapshot of {} made by the build; mapping the file itself", RESOURCE);
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return BundledEditionSnapshot.map(in);
        }
    }
}
