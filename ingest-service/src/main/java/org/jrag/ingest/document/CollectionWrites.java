package org.jrag.ingest.document;

import java.sql.SQLException;
import java.util.function.Supplier;
import org.jrag.ingest.problem.CollectionNotFoundException;
import org.jrag.ingest.problem.ConcurrentUpdateException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The transactions that write a collection's documents. Each holds the collection's advisory lock, shared by uploads
 * and document deletes and taken exclusively by the collection's delete, before it touches a row: deleting a
 * collection waits for the writes in flight and the writes that come after it find the collection gone (a 404),
 * instead of the two taking row locks in opposite orders. A transaction that collides with a concurrent one anyway
 * (identical bytes committed meanwhile under another source hit the unique content hash, a deadlock) is rolled back and
 * run again, up to {@value #ATTEMPTS} times, then refused with {@link ConcurrentUpdateException}, having changed
 * nothing.
 */
@Component
class CollectionWrites {

    /** Transactions a write runs before it gives up on documents that concurrent uploads keep changing. */
    static final int ATTEMPTS = 3;

    /** The first key of the collections' advisory locks (the second is the collection id). */
    static final int COLLECTION_LOCKS = 7262638;

    private static final Logger log = LoggerFactory.getLogger(CollectionWrites.class);

    /** PostgreSQL's foreign_key_violation: a row refers to a collection deleted meanwhile. */
    private static final String FOREIGN_KEY_VIOLATION = "23503";

    private final TransactionTemplate transaction;
    private final JdbcClient jdbc;

    CollectionWrites(TransactionTemplate transaction, JdbcClient jdbc) {
        this.transaction = transaction;
        this.jdbc = jdbc;
    }

    /** Runs {@code work} in a transaction holding the collection's shared lock, as every document write does. */
    <T> T write(String collection, long collectionId, Supplier<String> what, Supplier<T> work) {
        return retried(collection, what, () -> {
            lock("pg_advisory_xact_lock_shared", collectionId);
            return work.get();
        });
    }

    /** Runs {@code work} in a transaction holding the collection's exclusive lock: no document write runs meanwhile. */
    <T> T exclusively(String collection, long collectionId, Supplier<String> what, Supplier<T> work) {
        return retried(collection, what, () -> {
            lock("pg_advisory_xact_lock", collectionId);
            return work.get();
        });
    }

    private void lock(String function, long collectionId) {
        jdbc.sql("SELECT " + function + "(:space, :key)")
                .param("space", COLLECTION_LOCKS)
                .param("key", Long.hashCode(collectionId))
                .query((rs, row) -> 0)
                .single();
    }

    private <T> T retried(String collection, Supplier<String> what, Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.execute(tx -> work.get());
            } catch (DuplicateKeyException | ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw new ConcurrentUpdateException(collection, attempt);
                }
                log.info(
                        "{} collided with a concurrent write (attempt {}): {}",
                        what.get(),
                        attempt,
                        e.getMostSpecificCause().getMessage());
            } catch (DataIntegrityViolationException e) {
                if (e.getMostSpecificCause() instanceof SQLException sql
                        && FOREIGN_KEY_VIOLATION.equals(sql.getSQLState())) {
                    throw new CollectionNotFoundException(collection);
                }
                throw e;
            }
        }
    }
}
