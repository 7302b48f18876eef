package dev.dynamobao;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A unit of work over the single table: an identity map (one instance per key, read at most
 * once), change tracking, batched lazy loading of {@link Ref}s, and a capacity ledger.
 *
 * <pre>{@code
 * try (BaoEntityManager em = bao.createEntityManager()) {
 *     User user = em.find(User.class, id).orElseThrow();
 *     user.setName("x");
 *     em.flush();                 // UpdateItem with only "name" (and modifiedAt, version)
 * }
 * }</pre>
 *
 * <p><b>Not thread-safe</b>, like JPA's {@code EntityManager}: use one per request or task. The
 * {@link BaoEntityManagerFactory} is thread-safe and shared.
 */
public interface BaoEntityManager extends BaoOperations, AutoCloseable {

    /**
     * Writes every dirty managed entity, one {@code UpdateItem} each with only its changes (a
     * {@code TransactWriteItems} when a unique value changes). Unchanged entities send nothing.
     *
     * <p>The writes of different entities are in flight together, at most
     * {@link BaoConfiguration#maxConcurrency()} at once, on the factory's request threads; this
     * entity manager is only changed on the calling thread, after every write ended. Writes that
     * touch a common item (one entity releasing a unique value another claims) are sent one after
     * another, in the order the entities became managed.
     *
     * <p>Contract: every changed entity is validated first (an invalid one stops the flush before
     * anything is sent). Then every write is attempted, whatever the others do, and each one is
     * atomic: the entities written are clean, the ones whose write failed stay dirty (flush again
     * after fixing or reloading them). Exactly one failed write throws its own exception
     * ({@link OptimisticLockException}, {@link EntityNotFoundException},
     * {@link UniqueConstraintViolationException}, {@link WriteOutcomeUnknownException}, ...);
     * two or more throw a {@link FlushException} naming each failed entity with its exception.
     *
     * @throws ValidationException when a changed entity is invalid (nothing is sent)
     * @throws FlushException when two or more writes failed (all others were written)
     */
    void flush();

    /** Detaches every entity and forgets every pending lazy reference; capacity totals are kept. */
    void clear();

    /** Whether {@code entity} is managed by this entity manager. */
    boolean contains(Object entity);

    /** Stops managing {@code entity}; its changes are no longer flushed. */
    void detach(Object entity);

    /**
     * Loads, in batched reads, the references selected by {@code reference} on every entity of
     * {@code entities} (explicit prefetch of a page), e.g. {@code em.load(posts, Post::getAuthor)}.
     */
    <T> void load(Collection<T> entities, Function<? super T, ? extends Ref<?>> reference);

    /**
     * Finds an entity asynchronously; finds issued on the same entity manager within a short
     * window are coalesced into one {@code BatchGetItem}.
     *
     * <p>The window is deterministic and single-threaded: this call only records the key (an
     * entity already in the identity map completes at once). The recorded finds are sent together
     * — one {@code BatchGetItem} per 100 keys, any mix of models — when the issuing thread first
     * waits ({@code join}/{@code get}) on one of the returned futures or on a future derived from
     * them, or calls this entity manager synchronously; completion callbacks then run on that
     * thread and may use the entity manager. Another thread waiting on the future only waits.
     * {@code CompletableFuture.allOf(...)} builds a plain future that cannot trigger the batch:
     * join one of the returned futures first. Closing the entity manager fails unsent finds.
     */
    <T> CompletableFuture<Optional<T>> findAsync(Class<T> type, Object id);

    /**
     * Runs {@code work} and sends every persist, save and remove it collected as one
     * {@code TransactWriteItems} (at most 100 actions, unique-constraint items included).
     *
     * @throws TransactionTooLargeException when the transaction would exceed 100 actions (nothing sent; split the work)
     * @throws TransactionCancelledException naming the failed action per entity
     */
    void transaction(Consumer<TransactionScope> work);

    /** Capacity consumed by every request of this entity manager, transactions and batches included. */
    ConsumedCapacity consumedCapacity();

    /**
     * How many DynamoDB requests this entity manager has sent: each API call once, whatever the
     * SDK's retries did, failed calls included, and those sent for it on the factory's request
     * threads too (counted on this thread once the operation ended). Readable after
     * {@link #close()}, e.g. to record requests per unit of work.
     */
    long requestCount();

    /** Capacity consumed by the requests that read or wrote {@code entity} (batch shares split evenly). */
    ConsumedCapacity consumedCapacity(Object entity);

    /** The factory that created this entity manager. */
    BaoEntityManagerFactory factory();

    /** Whether {@link #close()} was called. */
    boolean isOpen();

    /**
     * Closes the unit of work. Does <em>not</em> flush: call {@link #flush()} first. Unresolved
     * references of its entities can no longer be loaded.
     */
    @Override
    void close();
}
