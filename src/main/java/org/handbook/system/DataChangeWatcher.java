package org.handbook.system;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Notices an edition imported while the instance runs, whether by this process or by the import
 * command against the same database, and then refreshes {@link DataVersion}, empties the
 * {@link RenderCache} and publishes {@link DataChangedEvent} (the catalog drops its snapshot, the
 * glossary its definitions).
 * The check is one indexed query ({@code select max(id) from edition}) every
 * {@code handbook.data-watch.interval} (default 30 s; 0 turns the periodic check off).
 */
@Component
public class DataChangeWatcher implements SmartInitializingSingleton, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(DataChangeWatcher.class);
    private static final String NEWEST_EDITION = "select max(id) from edition";

    private final JdbcTemplate jdbc;
    private final DataVersion dataVersion;
    private final RenderCache renderCache;
    private final ApplicationEventPublisher events;
    private final Duration interval;
    private final ObjectProvider<BackgroundMigration> migration;
    private volatile Long seen;
    private ScheduledExecutorService timer;
    private boolean failing;

    DataChangeWatcher(JdbcTemplate jdbc, DataVersion dataVersion, RenderCache renderCache,
                      ApplicationEventPublisher events,
                      @Value("${handbook.data-watch.interval:30s}") Duration interval,
                      ObjectProvider<BackgroundMigration> migration) {
        this.jdbc = jdbc;
        this.dataVersion = dataVersion;
        this.renderCache = renderCache;
        this.events = events;
        this.interval = interval;
        this.migration = migration;
    }

    @Override
    public void afterSingletonsInstantiated() {
        migration.ifAvailable(BackgroundMigration::awaitMigrated);
        seen = newestEdition();
        if (interval.isZero() || interval.isNegative()) {
            return;
        }
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "data-change-watcher");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleWithFixedDelay(this::checkQuietly, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Looks for a new edition now; when there is one, brings every in-memory copy of the data up to
     * date. Returns whether the data changed.
     */
    public synchronized boolean check() {
        Long newest = newestEdition();
        if (Objects.equals(newest, seen)) {
            return false;
        }
        DataVersion.Snapshot version = dataVersion.refresh();
        renderCache.clear();
        events.publishEvent(new DataChangedEvent(version));
        log.info("Data changed: edition {} is current, data version {}", version.edition(), version.token());
        seen = newest;
        return true;
    }

    private void checkQuietly() {
        try {
            check();
            if (failing) {
                log.info("Checking for new editions works again");
                failing = false;
            }
        } catch (RuntimeException ex) {
            if (!failing) {
                log.warn("Cannot check for new editions: {}", ex.getMessage());
                failing = true;
            }
        }
    }

    private Long newestEdition() {
        return jdbc.queryForObject(NEWEST_EDITION, Long.class);
    }

    @Override
    public void destroy() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
