package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoException;
import dev.dynamobao.BatchFindResult;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.ValidationException;
import dev.dynamobao.Ref;
import dev.dynamobao.TransactionScope;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.operation.WriteAction;
import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;
import dev.dynamobao.spi.RefBinding;
import dev.dynamobao.spi.TrackedEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The entity manager: a unit of work that delegates to small collaborators — the persistence
 * context (identity map), the loader, the writer, the reference loader and the capacity ledger.
 * Not thread-safe.
 */
public final class EntityManagerImpl implements BaoEntityManager {

    private final EngineContext engine;
    private final BaoEntityManagerFactory factory;
    private final boolean direct;
    private final PersistenceContext context = new PersistenceContext();
    private final CapacityLedger ledger = new CapacityLedger();
    /** What the collaborators see of this unit of work; they never receive the façade itself. */
    private final UnitOfWork work = new Work();
    private final RefLoader references;
    private final EntityLoader loader;
    private final EntityWriter writer;
    private final AsyncFinds asyncFinds;
    private boolean open = true;

    /**
     * Creates a unit of work.
     *
     * @param direct whether it serves one call of the ambient API outside a unit of work (then it
     *     adopts entities enhanced elsewhere instead of refusing them)
     */
    public EntityManagerImpl(EngineContext engine, BaoEntityManagerFactory factory, boolean direct) {
        this.engine = engine;
        this.factory = factory;
        this.direct = direct;
        this.references = new RefLoader(work, engine);
        this.loader = new EntityLoader(work, engine);
        this.writer = new EntityWriter(work, engine);
        this.asyncFinds = new AsyncFinds(work, engine);
    }

    // ---- reads ------------------------------------------------------------------------------

    @Override
    public <T> Optional<T> find(Class<T> type, Object id) {
        requireOpen();
        return loader.find(type, id);
    }

    @Override
    public <T> BatchFindResult<T> findAll(Class<T> type, Collection<?> ids) {
        requireOpen();
        return loader.findAll(type, ids);
    }

    @Override
    public <T> Optional<T> findByUnique(Class<T> type, String field, Object value) {
        requireOpen();
        return new UniqueLookup(work, engine).find(type, field, value);
    }

    @Override
    public <T> CompletableFuture<Optional<T>> findAsync(Class<T> type, Object id) {
        if (!open) {
            throw closed();
        }
        return asyncFinds.find(type, id);
    }

    @Override
    public <T> void load(Collection<T> entities, Function<? super T, ? extends Ref<?>> reference) {
        requireOpen();
        List<Ref<?>> refs = new ArrayList<>();
        for (T entity : entities) {
            Ref<?> ref = entity == null ? null : reference.apply(entity);
            if (ref != null) {
                if (RefBinding.resolver(ref) != references) {
                    EntityState state = context.state(entity);
                    references.register(ref, state == null ? engine.tenants().current() : state.identity().tenant(),
                            "a reference of " + entity.getClass().getSimpleName()
                                    + (state == null ? "" : " '" + state.primaryId() + "'") + " prefetched with em.load");
                }
                refs.add(ref);
            }
        }
        references.loadAll(refs);
    }

    // ---- writes -----------------------------------------------------------------------------

    @Override
    public void persist(Object entity) {
        requireOpen();
        EntityWriter.requireNotRef(Objects.requireNonNull(entity, "entity"));
        execute(List.of(writer.prepareCreate(entity)));
    }

    @Override
    public void save(Object entity) {
        requireOpen();
        executeUpdate(writer.prepareUpdate(entity, managedState(entity, "save")));
    }

    /**
     * Prepares the update of every managed entity that may have changed
     * ({@link PersistenceContext#mayHaveChanged()}) here (an invalid one stops the flush before
     * anything is sent), then sends them together through {@link OverlappedWrites}.
     */
    @Override
    public void flush() {
        requireOpen();
        List<OverlappedWrites.EntityWrite> updates = new ArrayList<>();
        for (Map.Entry<Object, EntityState> managed : context.mayHaveChanged()) {
            EntityState state = managed.getValue();
            PendingWrite update = writer.prepareUpdate(managed.getKey(), state);
            if (!update.isEmpty()) {
                updates.add(new OverlappedWrites.EntityWrite(managed.getKey(), state.model().name(), state.primaryId(), update));
            }
        }
        new OverlappedWrites(engine, ledger).run("flush", updates);
    }

    /**
     * Prepares every create first (assigning ids and defaults, validating, rejecting a key given
     * twice or already managed: nothing is sent then), then sends them together through
     * {@link OverlappedWrites}.
     */
    @Override
    public void persistAll(Collection<?> entities) {
        requireOpen();
        Objects.requireNonNull(entities, "entities");
        List<OverlappedWrites.EntityWrite> creates = new ArrayList<>(entities.size());
        Map<EntityKey, Object> seen = new HashMap<>();
        for (Object entity : entities) {
            Objects.requireNonNull(entity, "persistAll: the collection must not contain null");
            EntityWriter.requireNotRef(entity);
            PendingWrite create = writer.prepareCreate(entity);
            EntityState state = create.state();
            Object before = seen.put(state.identity(), entity);
            if (before != null) {
                throw new ValidationException(state.model().name() + " '" + state.primaryId() + "' appears "
                        + (before == entity ? "twice" : "in two entities") + " in persistAll; pass each entity once."
                        + " Nothing was sent.");
            }
            creates.add(new OverlappedWrites.EntityWrite(entity, state.model().name(), state.primaryId(), create));
        }
        new OverlappedWrites(engine, ledger).run("persistAll", creates);
    }

    /** Sends one entity's update; a clean entity costs nothing more than its change check. */
    private void executeUpdate(PendingWrite update) {
        if (!update.isEmpty()) {
            execute(List.of(update));
        }
    }

    @Override
    public void remove(Object entity) {
        requireOpen();
        EntityWriter.requireNotRef(Objects.requireNonNull(entity, "entity"));
        EntityState state = context.state(entity);
        if (state == null) {
            state = adoptable(entity) ? adoptedState(entity) : writer.adopt(entity);
        }
        execute(List.of(writer.prepareDelete(entity, state)));
        context.evict(entity);
    }

    @Override
    public void remove(Class<?> type, Object id) {
        find(type, id).ifPresent(this::remove);
    }

    @Override
    public void upsertAll(Collection<?> entities) {
        requireOpen();
        new BulkWriter(work, engine).upsertAll(entities);
    }

    @Override
    public void removeAll(Class<?> type, Collection<?> ids) {
        requireOpen();
        new BulkWriter(work, engine).removeAll(type, ids);
    }

    @Override
    public void transaction(Consumer<TransactionScope> work) {
        requireOpen();
        List<PendingWrite> writes = new ArrayList<>();
        work.accept(new TransactionScope() {
            @Override
            public void persist(Object entity) {
                writes.add(writer.prepareCreate(entity));
            }

            @Override
            public void save(Object entity) {
                writes.add(writer.prepareUpdate(entity, managedState(entity, "save")));
            }

            @Override
            public void remove(Object entity) {
                EntityWriter.requireNotRef(Objects.requireNonNull(entity, "entity"));
                EntityState state = context.state(entity);
                writes.add(writer.prepareDelete(entity, state != null ? state : writer.adopt(entity)));
            }
        });
        try {
            execute(writes);
        } catch (BaoException failure) {
            List<WriteAction> actions = writes.stream().flatMap(write -> write.actions().stream()).toList();
            throw TransactionFailures.interpret(actions, failure);
        }
    }

    private void execute(List<PendingWrite> writes) {
        List<WriteAction> actions = new ArrayList<>();
        List<EntityState> states = new ArrayList<>();
        for (PendingWrite write : writes) {
            actions.addAll(write.actions());
            if (write.state() != null && !write.isEmpty()) {
                states.add(write.state());
            }
        }
        CapacityLedger.Spending spending = ledger.spending();
        try {
            engine.writes().execute(actions, spending);
        } finally {
            for (PendingWrite write : writes) {
                if (write.checks() != null) {
                    write.checks().drainTo(ledger);
                }
            }
        }
        spending.shareAmong(states);
        writes.forEach(write -> write.afterSuccess().run());
    }

    private EntityState managedState(Object entity, String operation) {
        EntityWriter.requireNotRef(Objects.requireNonNull(entity, "entity"));
        EntityState state = context.state(entity);
        if (state != null) {
            return state;
        }
        if (adoptable(entity)) {
            return adoptedState(entity);
        }
        EntityModel model = engine.models().model(entity.getClass());
        throw new BaoException(operation + "(" + model.name() + ") needs an entity managed by this entity manager: load it"
                + " with find/query here, or persist it first" + (model.enhanced() ? ""
                : " (outside a unit of work only enhanced entities can be saved; run the bao-enhancer goal or use runInUnitOfWork)"));
    }

    private boolean adoptable(Object entity) {
        return direct && entity instanceof TrackedEntity tracked && tracked.$bao$state() instanceof EntityState;
    }

    private EntityState adoptedState(Object entity) {
        EntityState state = (EntityState) ((TrackedEntity) entity).$bao$state();
        context.manage(entity, state);
        return state;
    }

    // ---- queries, iteration, relations ------------------------------------------------------

    @Override
    public <T> QueryBuilder<T> query(Class<T> type) {
        requireOpen();
        return new QueryBuilderImpl<>(work, engine, engine.models().model(type), type);
    }

    @Override
    public <C> QueryBuilder<C> queryRelated(Object parent, Class<C> childType, String indexName) {
        requireOpen();
        return new Relations(work, engine).queryRelated(parent, childType, indexName);
    }

    @Override
    public <T> Stream<List<T>> iterateAll(Class<T> type, int batchSize) {
        requireOpen();
        return new Iteration(work, engine).iterateAll(type, batchSize);
    }

    @Override
    public <T> Stream<List<T>> iterateBucket(Class<T> type, int bucket, int batchSize) {
        requireOpen();
        return new Iteration(work, engine).iterateBucket(type, bucket, batchSize);
    }

    @Override
    public int iterationBuckets(Class<?> type) {
        return new Iteration(work, engine).buckets(type);
    }

    @Override
    public <M> M link(Class<M> mappingType, Object left, Object right) {
        requireOpen();
        return new Relations(work, engine).link(mappingType, left, right);
    }

    @Override
    public void unlink(Class<?> mappingType, Object left, Object right) {
        requireOpen();
        new Relations(work, engine).unlink(mappingType, left, right);
    }

    @Override
    public <T> Page<T> linked(Object from, Class<?> mappingType, Class<T> targetType, String cursor) {
        requireOpen();
        return new Relations(work, engine).linked(from, mappingType, targetType, cursor);
    }

    // ---- ids, capacity, lifecycle -----------------------------------------------------------

    @Override
    public String primaryId(Object entity) {
        return KeyCodec.primaryId(engine.models().model(entity.getClass()), entity);
    }

    @Override
    public String primaryId(Class<?> type, Object partitionKey, Object sortKey) {
        return KeyCodec.primaryId(engine.models().model(type), partitionKey, sortKey);
    }

    @Override
    public ConsumedCapacity consumedCapacity() {
        return ledger.total();
    }

    @Override
    public long requestCount() {
        return ledger.requests();
    }

    @Override
    public ConsumedCapacity consumedCapacity(Object entity) {
        EntityState state = context.state(Objects.requireNonNull(entity, "entity"));
        return state == null ? ConsumedCapacity.ZERO : state.capacity();
    }

    @Override
    public void clear() {
        context.clear();
        references.clear();
    }

    @Override
    public boolean contains(Object entity) {
        return context.state(entity) != null;
    }

    @Override
    public void detach(Object entity) {
        context.evict(entity);
    }

    @Override
    public BaoEntityManagerFactory factory() {
        return factory;
    }

    @Override
    public boolean isOpen() {
        return open;
    }

    @Override
    public void close() {
        if (!open) {
            return;
        }
        asyncFinds.close();
        open = false;
        // Detach everything (JPA semantics) so entities kept after close do not pin the unit of work.
        context.clear();
        references.close();
    }

    // ---- what the collaborators see -------------------------------------------------------

    /** The unit of work as its collaborators see it. */
    private final class Work implements UnitOfWork {

        @Override
        public PersistenceContext context() {
            return context;
        }

        @Override
        public CapacityLedger ledger() {
            return ledger;
        }

        @Override
        public EntityLoader loader() {
            return loader;
        }

        @Override
        public EntityWriter writer() {
            return writer;
        }

        @Override
        public RefLoader references() {
            return references;
        }

        @Override
        public String tenant() {
            return engine.tenants().current();
        }

        @Override
        public boolean isOpen() {
            return open;
        }

        @Override
        public void execute(List<PendingWrite> writes) {
            EntityManagerImpl.this.execute(writes);
        }
    }

    private void requireOpen() {
        if (!open) {
            throw closed();
        }
        // A synchronous call closes the coalescing window of findAsync (see AsyncFinds).
        asyncFinds.settle();
    }

    private static BaoException closed() {
        return new BaoException("This entity manager is closed; create a new one with factory.createEntityManager()");
    }
}
