package org.handbook.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
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
 * <p>Repeatable, with the checksum of the shipped file: a release shipping another file runs it again.
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

    private static final Logger log = LoggerFactory.getLogger(BundledEditionMigration.class);
    private static final int BUFFER = 1 << 16;

    private Integer checksum;

    @Override
    public MigrationVersion getVersion() {
        return null;
    }

    @Override
    public String getDescription() {
        return "bundled edition";
    }

    @Override
    public synchronized Integer getChecksum() {
        if (checksum == null) {
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
            checksum = (int) crc.getValue();
        }
        return checksum;
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
                EditionWriter.BUNDLED_SOURCE + RESOURCE, edition.contentHash());
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
                if (read.sourceChecksum() == getChecksum()) {
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
