package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;

class DataSnapshotTests {

    /** Counts the transactions and remembers whether the last was read-only. */
    private static final class Transactions implements PlatformTransactionManager {

        final AtomicInteger begun = new AtomicInteger();
        volatile boolean readOnly;

        @Override
        public TransactionStatus getTransaction(TransactionDefinition definition) {
            begun.incrementAndGet();
            readOnly = definition != null && definition.isReadOnly();
            return new SimpleTransactionStatus();
        }

        @Override
        public void commit(TransactionStatus status) {
        }

        @Override
        public void rollback(TransactionStatus status) {
        }
    }

    private final Transactions transactions = new Transactions();
    private final AtomicInteger reads = new AtomicInteger();

    @Test
    void readsOnceInAReadOnlyTransactionUntilDropped() {
        DataSnapshot<Integer> snapshot = new DataSnapshot<>(transactions, reads::incrementAndGet);

        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(snapshot.get()).isEqualTo(1);
        assertThat(transactions.begun).hasValue(1);
        assertThat(transactions.readOnly).isTrue();

        snapshot.drop();

        assertThat(snapshot.get()).isEqualTo(2);
        assertThat(transactions.begun).hasValue(2);
    }

    @Test
    void aDropDuringAReadWinsOverWhatTheReadSawBefore() throws Exception {
        CountDownLatch reading = new CountDownLatch(1);
        CountDownLatch carryOn = new CountDownLatch(1);
        DataSnapshot<Integer> snapshot = new DataSnapshot<>(transactions, () -> {
            int read = reads.incrementAndGet();
            if (read == 1) {
                reading.countDown();
                awaitQuietly(carryOn);
            }
            return read;
        });

        ExecutorService readers = Executors.newSingleThreadExecutor();
        CountDownLatch dropped = new CountDownLatch(1);
        Thread dropper = new Thread(() -> {
            snapshot.drop();
            dropped.countDown();
        }, "dropper");
        try {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(snapshot::get, readers);
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            dropper.start();
            // BLOCKED is the state of a thread waiting to enter a monitor: the drop waits for the read's lock
            await().atMost(Duration.ofSeconds(10)).until(() -> dropper.getState() == Thread.State.BLOCKED);
            assertThat(dropped.getCount()).as("the drop waits for the read under way").isOne();
            carryOn.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            assertThat(dropped.await(10, TimeUnit.SECONDS)).as("the drop once the read is done").isTrue();
            assertThat(snapshot.get()).as("read again after the change").isEqualTo(2);
        } finally {
            carryOn.countDown();
            readers.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
