package org.handbook.system;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.stereotype.Component;

/**
 * Runs Flyway's migration, which loads the bundled edition into an empty database (most of a first
 * start), on a thread of its own, so that Hibernate, the repositories and the web layer start on the
 * other core meanwhile. Nothing reads the data before {@link #awaitMigrated()}: {@link DataVersion}
 * and {@link DataChangeWatcher} call it before their first query, and the web server starts only
 * after them, so no request sees a database half migrated, and a failed migration still fails the
 * start. The import command's context (not a web application) migrates as Flyway does by default.
 */
@Component
@ConditionalOnWebApplication
public class BackgroundMigration implements FlywayMigrationStrategy {

    private final CompletableFuture<Void> migrated = new CompletableFuture<>();
    private volatile boolean started;

    @Override
    public void migrate(Flyway flyway) {
        started = true;
        Thread thread = new Thread(() -> {
            try {
                flyway.migrate();
                migrated.complete(null);
            } catch (Throwable failure) {
                migrated.completeExceptionally(failure);
            }
        }, "flyway-migrate");
        thread.setContextClassLoader(Thread.currentThread().getContextClassLoader());
        thread.start();
    }

    /**
     * Waits for the migration; throws what made it fail. Returns at once where Flyway is off: its
     * beans come before any bean that reads the database, so by then a migration has started or never will.
     */
    public void awaitMigrated() {
        if (!started) {
            return;
        }
        try {
            migrated.join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw failed;
        }
    }
}
