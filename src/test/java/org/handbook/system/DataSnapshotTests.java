package org.handbook.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
                await(carryOn);
            }
            return read;
        });

        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            CompletableFuture<Integer> first = CompletableFuture.supplyAsync(snapshot::get, threads);
            assertThat(reading.await(10, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<Void> drop = CompletableFuture.runAsync(snapshot::drop, threads);
            assertThatThrownBy(() -> drop.get(200, TimeUnit.MILLISECONDS))
                    .as("the drop waits for the read under way").isInstanceOf(TimeoutException.class);
            carryOn.countDown();

            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(1);
            drop.get(10, TimeUnit.SECONDS);
            assertThat(snapshot.get()).as("read again after the change").isEqualTo(2);
        } finally {
            threads.shutdownNow();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
        }
    }
}
