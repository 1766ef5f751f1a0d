package org.handbook.support;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A test class against the site serving the whole bundled 2024-34 Handbook, on a database of its own
 * (other tests expect the seed edition to be current). Every subclass shares this one configuration,
 * so Spring's context cache starts the site and loads the 342 profiles once for all of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "handbook.bundled-edition.enabled=true")
public abstract class BundledEditionTest {

    private static final ScratchDatabase DATABASE = scratchDatabase();

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void ownDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
    }

    protected SiteClient site() {
        return new SiteClient(port);
    }

    private static ScratchDatabase scratchDatabase() {
        ScratchDatabase database = new ScratchDatabase("handbook_bundled");
        database.create();
        // The shared context outlives any one test class, so the database goes when the JVM does.
        Runtime.getRuntime().addShutdownHook(new Thread(database::drop, "drop-bundled-test-database"));
        return database;
    }
}
