package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** The build maps the shipped edition into the snapshot a start-up loads. */
class BundledEditionSnapshotTests {

    @Test
    void theBuildSnapshotsTheShippedFileWhole() throws IOException {
        BundledEditionSnapshot snapshot;
        try (InputStream in = new ClassPathResource(BundledEditionMigration.SNAPSHOT).getInputStream()) {
            snapshot = BundledEditionSnapshot.read(in);
        }
        assertThat(snapshot.sourceChecksum()).isEqualTo(new BundledEditionMigration().fileChecksum());
        assertThat(snapshot.header().editionName()).isEqualTo("2024-34");
        assertThat(snapshot.header().referencePeriod()).isEqualTo("May 2024");
        assertThat(snapshot.profiles()).hasSize(342);
        assertThat(snapshot.contentHash()).hasSize(64);
    }

    @Test
    void theMappingRevisionIsPartOfTheChecksumAndOfTheRecordedHash() {
        BundledEditionMigration migration = new BundledEditionMigration();
        String fileHash = "a".repeat(64);

        assertThat(migration.getChecksum()).isNotEqualTo(migration.fileChecksum());
        assertThat(BundledEditionMigration.recordedHash(fileHash)).hasSize(64).isNotEqualTo(fileHash)
                .isEqualTo(BundledEditionMigration.recordedHash(fileHash));
    }
}
