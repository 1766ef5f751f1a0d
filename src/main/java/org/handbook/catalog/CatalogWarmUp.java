package org.handbook.catalog;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reads the catalog and builds its search index on a thread of its own as soon as the site is up,
 * instead of on the first search, finder or list request (about 3 s on two cores): the start does
 * not wait for it, and neither does the first visitor who searches a few seconds later.
 */
@Component
@ConditionalOnWebApplication
class CatalogWarmUp {

    private static final Logger log = LoggerFactory.getLogger(CatalogWarmUp.class);

    private final CatalogService catalog;

    CatalogWarmUp(CatalogService catalog) {
        this.catalog = catalog;
    }

    @EventListener(ApplicationReadyEvent.class)
    void warmUp() {
        Thread thread = new Thread(() -> {
            try {
                catalog.all();
            } catch (RuntimeException failed) {
                // The first request that needs the catalog reads it again and reports what fails then.
                log.info("Catalog not read ahead of the first request: {}", failed.toString());
            }
        }, "catalog-warm-up");
        thread.setDaemon(true);
        thread.start();
    }
}
