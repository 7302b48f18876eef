package dev.dynamobao;

import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The data operations shared by an entity manager (a unit of work) and the factory's
 * {@linkplain BaoEntityManagerFactory#ambient() ambient} convenience API.
 *
 * <p>Ids are primary ids ({@code LAYOUT.md} §4.3): the key form of the partition key, or
 * {@code pk##__SK__##sk} for composite keys (build one with {@link #primaryId(Class, Object, Object)}).
 * A {@code find} also accepts the raw partition-key value of a single-key model (e.g. an
 * {@code Integer}), which is converted to key form.
 */
public interface BaoOperations {

    /**
     * Finds an entity by primary id. Sends {@code GetItem} unless the unit of work already holds
     * it. Returns the same instance for the same key within one entity manager.
     */
    <T> Optional<T> find(Class<T> type, Object id);

    /**
     * Finds many entities by primary id with {@code BatchGetItem} (chunks of 100, unprocessed keys
     * retried with backoff and jitter per the {@link RetryPolicy}).
     *
     * @return the entities in input order and the ids that do not exist
     * @throws ThrottledException naming the ids still unprocessed after the last retry
     */
    <T> BatchFindResult<T> findAll(Class<T> type, Collection<?> ids);

    /**
     * Finds the entity holding {@code value} in the unique field {@code field}. Sends
     * {@code GetItem} for the constraint item, then loads the entity.
     *
     * @throws dev.dynamobao.query.UnknownFieldException when the model has no unique constraint on that field
     */
    <T> Optional<T> findByUnique(Class<T> type, String field, Object value);

    /**
     * Creates the entity: assigns generated ids, dates, version and counters, validates, and
     * writes it with a condition that the key is free ({@code attribute_not_exists(_pk)}),
     * together with its unique-constraint items in one {@code TransactWriteItems} when it has any.
     * The entity becomes managed.
     *
     * @throws EntityExistsException when an item with that key exists
     * @throws UniqueConstraintViolationException when a unique value is taken
     * @throws ValidationException when a field value is invalid (nothing is sent)
     */
    void persist(Object entity);

    /**
     * Writes the changes of one managed entity now: one {@code UpdateItem} with only the changed
     * attributes (plus unique-constraint items in a transaction when a unique field changed). An
     * unchanged entity sends nothing.
     *
     * @throws OptimisticLockException when the stored version differs from the loaded one
     * @throws EntityNotFoundException when the item was deleted meanwhile
     */
    void save(Object entity);

    /**
     * Deletes the entity (and releases its unique values in the same transaction). Sends
     * {@code DeleteItem}, or {@code TransactWriteItems} with unique constraints. The entity is
     * evicted from the unit of work.
     *
     * @throws OptimisticLockException when a versioned entity changed since it was loaded
     */
    void remove(Object entity);

    /**
     * Deletes the entity with {@code id} (loading it first when the model has unique constraints,
     * to release them). No-op when it does not exist.
     */
    void remove(Class<?> type, Object id);

    /**
     * Bulk import: writes every entity with {@code BatchWriteItem}, 25 per request, as an
     * unconditional <em>upsert</em> — created when absent, <b>replaced whole</b> when present. For
     * loading and migrating many items; use {@link #persist}/{@link #save} or a
     * {@linkplain BaoEntityManager#transaction transaction} when a write must be checked.
     *
     * <p>Semantics:
     * <ul>
     *   <li><b>No conditions, last writer wins, no version check</b>: an existing item is replaced
     *       without reading it, even if someone changed it meanwhile ({@code @Version} is not
     *       compared); attributes of the old item that the entity does not carry are gone.</li>
     *   <li>Each item is exactly what {@link #persist} would store ({@code LAYOUT.md}): generated
     *       ids are assigned when missing, {@code @CreatedDate} is kept when set (else now),
     *       {@code @ModifiedDate} is now, {@code @Version} gets a fresh value, counters default to
     *       0, and the index ({@code _gsiN_*}), iteration ({@code _iter_*}) and tenant key
     *       attributes are derived as on persist. Every entity is validated first: an invalid one
     *       sends nothing at all.</li>
     *   <li>Models with a unique constraint are rejected before anything is sent: their claims
     *       need transactions (use {@code persist} or {@code transaction}).</li>
     *   <li>Not atomic: chunks already written stay written when a later one fails.
     *       {@code UnprocessedItems} are retried with the factory's {@link RetryPolicy} (backoff
     *       with full jitter); what is still unwritten after the last attempt is named by a
     *       {@link BatchWriteException}.</li>
     *   <li>Written entities are managed by the unit of work afterwards, like after
     *       {@code persist}; an instance of the same key that it managed before is detached.</li>
     * </ul>
     *
     * @param entities entities of any registered models, each key at most once
     * @throws ValidationException when an entity is invalid, a key appears twice, or a model has a
     *     unique constraint (nothing is sent)
     * @throws BatchWriteException naming the entities not written after the last retry
     */
    void upsertAll(Collection<?> entities);

    /**
     * Bulk delete: deletes the entities of {@code type} with these ids with {@code BatchWriteItem},
     * 25 per request — unconditionally (no version check; an absent id is no error). Models with
     * unique constraints are rejected before anything is sent (their values must be released in a
     * transaction: use {@link #remove(Object)}). Managed instances of these ids are detached.
     * {@code UnprocessedItems} are retried like in {@link #upsertAll}.
     *
     * @param ids primary ids (or raw partition-key values of single-key models), each at most once
     * @throws ValidationException when the model has a unique constraint or an id appears twice (nothing is sent)
     * @throws BatchWriteException naming the ids not deleted after the last retry
     */
    void removeAll(Class<?> type, Collection<?> ids);

    /** Starts a query on the primary key or a logical index of {@code type}. */
    <T> QueryBuilder<T> query(Class<T> type);

    /**
     * Starts a query of the children of {@code parent} through the logical index of {@code childType}
     * whose partition key is a {@code Ref} to the parent's model (the Java form of the seed's
     * generated {@code user.queryPosts()}).
     */
    <C> QueryBuilder<C> queryRelated(Object parent, Class<C> childType, String indexName);

    /**
     * Every item of an iterable model, in batches of up to {@code batchSize}, bucket after bucket
     * ({@code LAYOUT.md} §7). Lazy: reads as the stream is consumed; close the stream when you stop early.
     *
     * @throws ValidationException when the model is not iterable (declare @Model(iterable = true))
     */
    <T> Stream<List<T>> iterateAll(Class<T> type, int batchSize);

    /**
     * The items of one iteration bucket ({@code 0 <= bucket < iterationBuckets(type)}), so that
     * parallel workers can split the work.
     */
    <T> Stream<List<T>> iterateBucket(Class<T> type, int bucket, int batchSize);

    /** The number of iteration buckets of an iterable model. */
    int iterationBuckets(Class<?> type);

    /**
     * Persists a mapping entity that links {@code left} and {@code right} (entities or
     * {@link Ref}s) through its two {@code Ref} fields of their types.
     */
    <M> M link(Class<M> mappingType, Object left, Object right);

    /** Removes the mapping entity that links {@code left} and {@code right}, if any. */
    void unlink(Class<?> mappingType, Object left, Object right);

    /**
     * The entities of {@code targetType} linked to {@code from} through {@code mappingType}: one
     * query page of mapping items plus one batched load of the far side.
     *
     * @param cursor {@code null} for the first page, else the cursor of the previous page
     */
    <T> Page<T> linked(Object from, Class<?> mappingType, Class<T> targetType, String cursor);

    /** The primary id of an entity ({@code LAYOUT.md} §4.3, analog of {@code getPrimaryId}). */
    String primaryId(Object entity);

    /**
     * Builds a primary id from key values (analog of {@code makePrimaryId}); {@code sortKey} is
     * {@code null} for single-key models.
     */
    String primaryId(Class<?> type, Object partitionKey, Object sortKey);
}
