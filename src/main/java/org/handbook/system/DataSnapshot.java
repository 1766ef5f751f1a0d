package org.handbook.system;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a service reads from the database once and then answers from memory: read in one read-only
 * transaction on first use, kept until {@link #drop()} (on {@link DataChangedEvent}), then read
 * again by the next request. One reader at a time; a request that comes during a read waits for it.
 *
 * @param <T> the immutable copy of the data
 */
public final class DataSnapshot<T> {

    private final TransactionTemplate transactions;
    private final Supplier<T> reader;
    private final AtomicReference<T> current = new AtomicReference<>();

    /**
     * @param transactionManager runs each read in a read-only transaction, so the copy is consistent
     * @param reader             reads the data; must not return {@code null}
     */
    public DataSnapshot(PlatformTransactionManager transactionManager, Supplier<T> reader) {
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setReadOnly(true);
        this.reader = reader;
    }

    public T get() {
        T value = current.get();
        if (value == null) {
            synchronized (current) {
                value = current.get();
                if (value == null) {
                    value = Objects.requireNonNull(transactions.execute(status -> reader.get()));
                    current.set(value);
                }
            }
        }
        return value;
    }

    /**
     * Forgets the copy. Taking the reader's lock lets a read under way finish first, so it cannot
     * put back, after the change, what it read before it.
     */
    public void drop() {
        synchronized (current) {
            current.set(null);
        }
    }
}
