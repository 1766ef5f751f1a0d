package org.handbook.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.handbook.support.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The rules the bundled edition lives by, on a database migrated up to the seed: the newest edition is
 * current whatever the order of loading; the bundled copy of an edition gives way to the same edition
 * from BLS's own file, and never the other way round.
 */
class BundledEditionTests {

    private static final String HIT = "health-information-technologists-and-medical-registrars";

    @RegisterExtension
    static final ScratchDatabase DATABASE = new ScratchDatabase("handbook_edition_order");

    private Connection connection;
    private JdbcTemplate jdbc;

    @BeforeAll
    static void migrateToTheSeed() {
        Flyway.configure().dataSource(DATABASE.url(), DATABASE.user(), DATABASE.password())
                .locations("classpath:db/migration").load().migrate();
    }

    /** Each test writes in a transaction of its own, rolled back after it, so every test starts from the seed. */
    @BeforeEach
    void openTransaction() throws SQLException {
        connection = DriverManager.getConnection(DATABASE.url(), DATABASE.user(), DATABASE.password());
        connection.setAutoCommit(false);
        jdbc = new JdbcTemplate(new SingleConnectionDataSource(connection, true));
    }

    @AfterEach
    void rollBack() throws SQLException {
        connection.rollback();
        connection.close();
    }

    @Test
    void anEditionLoadedAfterANewerOneStaysEarlier() {
        assertThat(write(2024, "bundled-2024.xml", "a").status()).isEqualTo(EditionWriter.Status.LOADED);
        assertThat(write(2020, "ooh-2020.xml", "b").status()).isEqualTo(EditionWriter.Status.LOADED);

        assertThat(currentEdition(HIT)).isEqualTo("2024-34");
        assertThat(jdbc.queryForObject("select count(*) from occupation o join edition e on e.id = o.edition_id"
                + " where e.code = '2020-30' and o.is_current", Integer.class)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from occupation where slug = ? and is_current",
                Integer.class, HIT)).isEqualTo(1);
    }

    @Test
    void theGroupsComeInBlsOrderWhateverTheOrderTheyWereAddedIn() {
        write(2024, "ooh-2024.xml", "a");

        List<String> byPosition = jdbc.queryForList("select title from occupation_group order by position", String.class);
        assertThat(byPosition).hasSizeGreaterThan(2).isSorted();
    }

    @Test
    void theBundledCopyGivesWayToTheSameEditionFromAnotherFileAndNotTheOtherWayRound() {
        write(2024, EditionWriter.BUNDLED_SOURCE + "editions/ooh-2024-34.xml.gz", "bundled");
        int rowsOfOneEdition = occupationRows();

        EditionWriter.Outcome official = write(2024, "xml-compilation.xml", "official");
        assertThat(official.status()).isEqualTo(EditionWriter.Status.LOADED);
        assertThat(official.notes()).contains("The bundled copy of edition 2024-34 was replaced by this file");
        assertThat(jdbc.queryForList("select source from edition where code = '2024-34'", String.class))
                .isEqualTo(List.of("xml-compilation.xml"));
        assertThat(occupationRows()).isEqualTo(rowsOfOneEdition);
        assertThat(currentEdition(HIT)).isEqualTo("2024-34");

        EditionWriter.Outcome bundledAgain = write(2024, EditionWriter.BUNDLED_SOURCE + "editions/other.xml.gz", "other");
        assertThat(bundledAgain.status()).isEqualTo(EditionWriter.Status.REFUSED);
        assertThat(jdbc.queryForList("select source from edition where code = '2024-34'", String.class))
                .isEqualTo(List.of("xml-compilation.xml"));
    }

    @Test
    void aBundledCopyMappedByAnEarlierRevisionIsLoadedAgain() {
        String source = EditionWriter.BUNDLED_SOURCE + BundledEditionMigration.RESOURCE;
        String fileHash = "f".repeat(64);
        write(2024, source, fileHash);
        int rowsOfOneEdition = occupationRows();

        EditionWriter.Outcome again = write(2024, source, BundledEditionMigration.recordedHash(fileHash));

        assertThat(again.status()).isEqualTo(EditionWriter.Status.LOADED);
        assertThat(occupationRows()).isEqualTo(rowsOfOneEdition);
        assertThat(jdbc.queryForList("select content_hash from edition where code = '2024-34'", String.class))
                .containsExactly(BundledEditionMigration.recordedHash(fileHash));
    }

    private EditionWriter.Outcome write(int baseYear, String source, String hash) {
        return EditionWriter.writeOn(connection, ImportFixtures.fixtureEdition(baseYear), source, hash);
    }

    private String currentEdition(String slug) {
        return jdbc.queryForObject("select e.code from occupation o join edition e on e.id = o.edition_id"
                + " where o.slug = ? and o.is_current", String.class, slug);
    }

    private int occupationRows() {
        return jdbc.queryForObject("select count(*) from occupation", Integer.class);
    }
}
