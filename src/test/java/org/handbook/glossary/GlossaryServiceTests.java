package org.handbook.glossary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.handbook.system.DataChangedEvent;
import org.handbook.system.DataVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The definitions kept in memory, read from the seeded database (rolled back after each test). */
@DataJpaTest
@Import(GlossaryService.class)
class GlossaryServiceTests {

    @Autowired
    GlossaryService glossary;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    ApplicationEventPublisher events;

    /** The definitions outlive each test's rollback; drop them so no test sees another's rows. */
    @AfterEach
    void forgetDefinitions() {
        glossary.dataChanged();
    }

    @Test
    void readsTheDefinitionsInTheGlossaryOrder() {
        assertThat(glossary.definitions()).extracting(GlossaryService.Definition::slug)
                .containsExactlyElementsOf(jdbc.queryForList("select slug from glossary_term order by position",
                        String.class))
                .contains("median-pay");
        assertThat(glossary.bySlug().get("pay").isTab()).isTrue();
        assertThat(glossary.bySlug()).hasSameSizeAs(glossary.definitions());
    }

    @Test
    void keepsTheDefinitionsUntilTheDataChanges() {
        assertThat(glossary.bySlug()).doesNotContainKey("zymurgy");
        jdbc.update("""
                insert into glossary_term (slug, kind, term, definition, position)
                values ('zymurgy', 'TERM', 'Zymurgy', 'The chemistry of fermentation.',
                    (select max(position) + 1 from glossary_term))""");

        assertThat(glossary.bySlug()).as("read from memory until the data changes").doesNotContainKey("zymurgy");
        events.publishEvent(new DataChangedEvent(new DataVersion.Snapshot("v2", Instant.now(), "2024-34")));

        assertThat(glossary.bySlug().get("zymurgy").term()).isEqualTo("Zymurgy");
        assertThat(glossary.definitions()).last().extracting(GlossaryService.Definition::slug).isEqualTo("zymurgy");
    }
}
