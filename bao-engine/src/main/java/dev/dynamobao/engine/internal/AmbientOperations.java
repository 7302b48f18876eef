package dev.dynamobao.engine.internal;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoOperations;
import dev.dynamobao.BatchFindResult;
import dev.dynamobao.MissingUnitOfWorkException;
import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The ambient convenience API (the seed's static model methods): inside a unit of work of this
 * factory it uses that unit of work; outside, each call runs directly in a throwaway unit of work
 * with no caching — or throws {@link MissingUnitOfWorkException} in strict mode.
 */
final class AmbientOperations implements BaoOperations {

    private final BaoFactory factory;

    AmbientOperations(BaoFactory factory) {
        this.factory = factory;
    }

    private <R> R run(String operation, Function<BaoEntityManager, R> call) {
        Optional<BaoEntityManager> current = factory.currentUnitOfWork();
        if (current.isPresent()) {
            return call.apply(current.get());
        }
        if (factory.configuration().requireUnitOfWork()) {
            throw new MissingUnitOfWorkException(operation + " was called outside a unit of work, but strict mode is on"
                    + " (requireUnitOfWork / DYNAMO_BAO_REQUIRE_BATCH_CONTEXT=true); wrap it in bao.runInUnitOfWork(em -> ...)");
        }
        // Not closed: a query builder or stream it returns may still read through it. It caches
        // nothing beyond this call because nobody else ever sees it.
        return call.apply(factory.createDirectEntityManager());
    }

    private void runVoid(String operation, Consumer<BaoEntityManager> call) {
        run(operation, entityManager -> {
            call.accept(entityManager);
            return null;
        });
    }

    @Override
    public <T> Optional<T> find(Class<T> type, Object id) {
        return run("find", em -> em.find(type, id));
    }

    @Override
    public <T> BatchFindResult<T> findAll(Class<T> type, Collection<?> ids) {
        return run("findAll", em -> em.findAll(type, ids));
    }

    @Override
    public <T> Optional<T> findByUnique(Class<T> type, String field, Object value) {
        return run("findByUnique", em -> em.findByUnique(type, field, value));
    }

    @Override
    public void persist(Object entity) {
        runVoid("persist", em -> em.persist(entity));
    }

    @Override
    public void save(Object entity) {
        runVoid("save", em -> em.save(entity));
    }

    @Override
    public void remove(Object entity) {
        runVoid("remove", em -> em.remove(entity));
    }

    @Override
    public void remove(Class<?> type, Object id) {
        runVoid("remove", em -> em.remove(type, id));
    }

    @Override
    public void persistAll(Collection<?> entities) {
        runVoid("persistAll", em -> em.persistAll(entities));
    }

    @Override
    public void upsertAll(Collection<?> entities) {
        runVoid("upsertAll", em -> em.upsertAll(entities));
    }

    @Override
    public void removeAll(Class<?> type, Collection<?> ids) {
        runVoid("removeAll", em -> em.removeAll(type, ids));
    }

    @Override
    public <T> QueryBuilder<T> query(Class<T> type) {
        return run("query", em -> em.query(type));
    }

    @Override
    public <C> QueryBuilder<C> queryRelated(Object parent, Class<C> childType, String indexName) {
        return run("queryRelated", em -> em.queryRelated(parent, childType, indexName));
    }

    @Override
    public <T> Stream<List<T>> iterateAll(Class<T> type, int batchSize) {
        return run("iterateAll", em -> em.iterateAll(type, batchSize));
    }

    @Override
    public <T> Stream<List<T>> iterateBucket(Class<T> type, int bucket, int batchSize) {
        return run("iterateBucket", em -> em.iterateBucket(type, bucket, batchSize));
    }

    @Override
    public int iterationBuckets(Class<?> type) {
        // Model metadata only: no request, so allowed in strict mode too.
        return factory.createDirectEntityManager().iterationBuckets(type);
    }

    @Override
    public <M> M link(Class<M> mappingType, Object left, Object right) {
        return run("link", em -> em.link(mappingType, left, right));
    }

    @Override
    public void unlink(Class<?> mappingType, Object left, Object right) {
        runVoid("unlink", em -> em.unlink(mappingType, left, right));
    }

    @Override
    public <T> Page<T> linked(Object from, Class<?> mappingType, Class<T> targetType, String cursor) {
        return run("linked", em -> em.linked(from, mappingType, targetType, cursor));
    }

    @Override
    public String primaryId(Object entity) {
        return factory.primaryIdOf(entity);
    }

    @Override
    public String primaryId(Class<?> type, Object partitionKey, Object sortKey) {
        // Key encoding only: no request, so allowed in strict mode too.
        return factory.createDirectEntityManager().primaryId(type, partitionKey, sortKey);
    }
}
