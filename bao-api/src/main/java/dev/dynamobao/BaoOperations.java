package dev.dynamobao;

import dev.dynamobao.metamodel.IndexQuery;
import dev.dynamobao.metamodel.MappingIndex;
import dev.dynamobao.metamodel.QueryIndex;
import dev.dynamobao.metamodel.RelationIndex;
import dev.dynamobao.metamodel.UniqueConstraint;
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
 *
 * <p><b>Typed and dynamic forms.</b> Access patterns can be named by the metamodel constants the
 * {@code bao-processor} annotation processor generates ({@code User_.uniqueEmail},
 * {@code Post_.postsForUser}, {@code PostTag_.tagsForPost}, see {@link dev.dynamobao.metamodel}):
 * the compiler then checks the names, the key and value types and the model. The overloads taking
 * a class and a field or index name are the dynamic form, for patterns chosen at run time; the
 * typed overloads delegate to them, so both send the same requests.
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
     * Finds the entity holding {@code value} in a unique constraint (typed form of
     * {@link #findByUnique(Class, String, Object)}): {@code em.findByUnique(User_.uniqueEmail, "a@b.c")}.
     *
     * @param <T> the entity type
     * @param <V> the constrained field's type
     * @return the entity, or empty when no entity holds the value
     */
    default <T, V> Optional<T> findByUnique(UniqueConstraint<T, V> constraint, V value) {
        return findByUnique(constraint.model(), constraint.field().name(), value);
    }

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
     * Creates many entities at about ⌈N / {@link BaoConfiguration#maxConcurrency() maxConcurrency}⌉
     * round trips instead of N: each entity is written exactly as {@link #persist} writes it
     * (a conditional {@code PutItem}, or a {@code TransactWriteItems} with its unique-constraint
     * items), and the writes are in flight together — the Java form of dynamo-bao's
     * {@code await Promise.all([post1.save(), post2.save()])}.
     *
     * <p>Contract:
     * <ul>
     *   <li>Every entity is prepared first (ids, dates, version and counters assigned, then
     *       validated); an invalid entity, an entity already managed, or a key given twice stops
     *       the call before anything is sent.</li>
     *   <li>Every create is then attempted, whatever the others do, and each is atomic (an entity
     *       and its constraint items together or not at all). The created entities are managed;
     *       the failed ones are not.</li>
     *   <li>Entities that share an item (two claiming the same unique value) are sent one after
     *       another in collection order, so the first one wins.</li>
     *   <li>Exactly one failed create throws that create's own exception, as {@link #persist}
     *       would ({@link EntityExistsException}, {@link UniqueConstraintViolationException},
     *       {@link WriteOutcomeUnknownException}, ...); several throw a {@link FlushException}
     *       naming each entity with its exception. Either way, every other entity was created.</li>
     * </ul>
     * Why not a deferred {@code persist} (as in JPA, written at the next flush): {@code persist}
     * reports a taken key or unique value at once, where the entity is created, and code relies
     * on that; {@code persistAll} keeps that per-entity truth for many entities at once.
     *
     * @param entities new entities of any registered models
     * @throws ValidationException when an entity is invalid or a key appears twice (nothing is sent)
     * @throws EntityExistsException when an entity is already managed (nothing is sent), or when
     *     the one failed create found its key taken
     * @throws FlushException when two or more creates failed (the others were created)
     */
    void persistAll(Collection<?> entities);

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
     *   <li>Overlapped: the requests are in flight together, at most
     *       {@link BaoConfiguration#maxConcurrency()} at once, and every one is attempted.</li>
     *   <li>Not atomic: chunks written stay written when another one fails.
     *       {@code UnprocessedItems} are retried per request with the factory's {@link RetryPolicy} (backoff
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
     * Starts a typed query on an index or the primary key (typed form of {@link #query(Class)}
     * plus {@code index(name)}): {@code em.query(Post_.postsForUser).partition(user)}.
     *
     * @param <T> the entity type
     * @param <P> the partition-key type
     * @param <S> the sort-key type
     * @return the query
     */
    default <T, P, S> IndexQuery<T, P, S> query(QueryIndex<T, P, S> index) {
        QueryBuilder<T> builder = query(index.model());
        return new IndexQuery<>(index.isPrimaryKey() ? builder : builder.index(index.name()));
    }

    /**
     * Starts a query of the children of {@code parent} (typed form of
     * {@link #queryRelated(Object, Class, String)}): {@code em.queryRelated(user, Post_.postsForUser)}.
     * The partition is already set.
     *
     * @param <C> the child entity type
     * @param <P> the parent entity type
     * @param <S> the sort-key type
     * @return the query
     */
    default <C, P, S> IndexQuery<C, P, S> queryRelated(P parent, RelationIndex<C, P, S> index) {
        if (index.isPrimaryKey()) {
            return query(index).partition(parent);
        }
        return new IndexQuery<>(queryRelated(parent, index.model(), index.name()));
    }

    /**
     * Starts a query of the children of the entity {@code parent} refers to, without loading it.
     *
     * @param <C> the child entity type
     * @param <P> the parent entity type
     * @param <S> the sort-key type
     * @return the query
     * @see #queryRelated(Object, RelationIndex)
     */
    default <C, P, S> IndexQuery<C, P, S> queryRelated(Ref<P> parent, RelationIndex<C, P, S> index) {
        if (index.isPrimaryKey()) {
            QueryBuilder<C> builder = query(index.model()).partition(parent);
            return new IndexQuery<>(builder);
        }
        return new IndexQuery<>(queryRelated(parent, index.model(), index.name()));
    }

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

    /**
     * The first page of entities linked to {@code from} through a mapping index (typed form of
     * {@link #linked(Object, Class, Class, String)}): {@code em.linked(post, PostTag_.tagsForPost)}.
     *
     * @param <M> the mapping entity type
     * @param <F> the from entity type
     * @param <E> the far entity type
     * @return the page of far entities
     */
    default <M, F, E> Page<E> linked(F from, MappingIndex<M, F, E> mapping) {
        return linked(from, mapping.model(), mapping.targetType(), null);
    }

    /**
     * A page of entities linked to {@code from} through a mapping index.
     *
     * @param cursor {@code null} for the first page, else the cursor of the previous page
     * @param <M> the mapping entity type
     * @param <F> the from entity type
     * @param <E> the far entity type
     * @return the page of far entities
     */
    default <M, F, E> Page<E> linked(F from, MappingIndex<M, F, E> mapping, String cursor) {
        return linked(from, mapping.model(), mapping.targetType(), cursor);
    }

    /**
     * Links {@code from} and {@code to} by persisting a mapping entity (typed form of
     * {@link #link(Class, Object, Object)}): {@code em.link(PostTag_.tagsForPost, post, tag)}.
     *
     * @param <M> the mapping entity type
     * @param <F> the from entity type
     * @param <E> the far entity type
     * @return the new mapping entity
     */
    default <M, F, E> M link(MappingIndex<M, F, E> mapping, F from, E to) {
        return link(mapping.model(), from, to);
    }

    /**
     * Removes the mapping entity linking {@code from} and {@code to}, if any (typed form of
     * {@link #unlink(Class, Object, Object)}).
     *
     * @param <M> the mapping entity type
     * @param <F> the from entity type
     * @param <E> the far entity type
     */
    default <M, F, E> void unlink(MappingIndex<M, F, E> mapping, F from, E to) {
        unlink(mapping.model(), from, to);
    }

    /** The primary id of an entity ({@code LAYOUT.md} §4.3, analog of {@code getPrimaryId}). */
    String primaryId(Object entity);

    /**
     * Builds a primary id from key values (analog of {@code makePrimaryId}); {@code sortKey} is
     * {@code null} for single-key models.
     */
    String primaryId(Class<?> type, Object partitionKey, Object sortKey);
}
