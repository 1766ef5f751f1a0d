package org.handbook.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The version of the data the site serves. Content changes only with a Flyway migration or an
 * import of an edition, so the applied migrations (rank, version and checksum of each) and the
 * editions (id, code and content hash of each) name the data exactly; the newest migration's
 * install time or edition's import time says when it last changed. HTTP validators and the render
 * cache are derived from it. Read once at start; {@link DataChangeWatcher} calls {@link #refresh()}
 * when an import (by this instance or another) has added an edition.
 */
@Component
public class DataVersion implements SmartInitializingSingleton {

    private static final String APPLIED_MIGRATIONS = """
            select installed_rank, version, checksum, installed_on from flyway_schema_history
            where success = true order by installed_rank""";
    private static final String EDITIONS = "select id, code, content_hash, imported_at from edition order by id";
    /** The newest edition any current row belongs to: what the site serves by default. */
    private static final String EDITION = """
            select code from edition where id = (select max(edition_id) from occupation where is_current = true)""";

    private final JdbcTemplate jdbc;
    private final ObjectProvider<BackgroundMigration> migration;
    private volatile Snapshot current;

    DataVersion(JdbcTemplate jdbc, ObjectProvider<BackgroundMigration> migration) {
        this.jdbc = jdbc;
        this.migration = migration;
    }

    /**
     * What is known of the data at one moment.
     *
     * @param token a short hash of the applied migrations, different for different data
     * @param installedOn when the newest migration was applied, to the second (HTTP dates have no more)
     * @param edition the projection period of the data, as BLS names an edition ("2022-32")
     */
    public record Snapshot(String token, Instant installedOn, String edition) {
    }

    @Override
    public void afterSingletonsInstantiated() {
        migration.ifAvailable(BackgroundMigration::awaitMigrated);
        refresh();
    }

    /** The version read last. */
    public Snapshot current() {
        return current;
    }

    /** Reads the version again from the database, for use after the data changed. */
    public Snapshot refresh() {
        MessageDigest digest = sha256();
        Instant[] newest = {Instant.EPOCH};
        jdbc.query(APPLIED_MIGRATIONS, row -> {
            digest.update((row.getInt(1) + ":" + row.getString(2) + ":" + row.getObject(3) + ";")
                    .getBytes(StandardCharsets.UTF_8));
            Instant installed = row.getTimestamp(4).toInstant();
            if (installed.isAfter(newest[0])) {
                newest[0] = installed;
            }
        });
        jdbc.query(EDITIONS, row -> {
            digest.update(("edition:" + row.getLong(1) + ":" + row.getString(2) + ":" + row.getString(3) + ";")
                    .getBytes(StandardCharsets.UTF_8));
            Instant imported = row.getTimestamp(4).toInstant();
            if (imported.isAfter(newest[0])) {
                newest[0] = imported;
            }
        });
        String edition = jdbc.query(EDITION, (row, n) -> row.getString(1)).stream().findFirst().orElse(null);
        current = new Snapshot(HexFormat.of().formatHex(digest.digest(), 0, 8),
                newest[0].truncatedTo(ChronoUnit.SECONDS), edition);
        return current;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
        }
    }
}
