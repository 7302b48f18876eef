package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoException;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.concurrent.Settled;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.operation.IterationQueryOperation;
import dev.dynamobao.engine.internal.operation.IterationQueryOperation.IdPage;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Iteration over every item of an iterable model ({@code LAYOUT.md} §7): the bucket partitions of
 * the iteration index in order, a page of primary ids at a time, then the full items with batched
 * reads through the unit of work. Lazy: nothing is read before the stream is consumed, and no
 * item is read before its batch is asked for. The key pages of several buckets are read together
 * (see {@link BucketWalk}); the ids are still handed out bucket after bucket. The tenant is fixed
 * when the stream is created.
 */
final class Iteration {

    private static final Logger LOG = LoggerFactory.getLogger(Iteration.class);

    private final UnitOfWork work;
    private final EngineContext engine;

    Iteration(UnitOfWork work, EngineContext engine) {
        this.work = work;
        this.engine = engine;
    }

    <T> Stream<List<T>> iterateAll(Class<T> type, int batchSize) {
        EntityModel model = iterableModel(type);
        requireBatchSize(batchSize);
        return stream(new Batches<>(type, work.scope(model), IntStream.range(0, model.iterationBuckets()).toArray(), batchSize));
    }

    <T> Stream<List<T>> iterateBucket(Class<T> type, int bucket, int batchSize) {
        EntityModel model = iterableModel(type);
        if (bucket < 0 || bucket >= model.iterationBuckets()) {
            throw new ValidationException("Bucket " + bucket + " does not exist: " + model.name() + " has "
                    + model.iterationBuckets() + " iteration buckets, numbered 0 to " + (model.iterationBuckets() - 1)
                    + " (see iterationBuckets(" + type.getSimpleName() + ".class))");
        }
        requireBatchSize(batchSize);
        return stream(new Batches<>(type, work.scope(model), new int[] {bucket}, batchSize));
    }

    private static void requireBatchSize(int batchSize) {
        if (batchSize < 1) {
            throw new ValidationException("batchSize must be at least 1, was " + batchSize);
        }
    }

    int buckets(Class<?> type) {
        return iterableModel(type).iterationBuckets();
    }

    private EntityModel iterableModel(Class<?> type) {
        EntityModel model = engine.models().model(type);
        if (!model.iterable()) {
            throw new ValidationException(model.name() + " is not iterable, so its items carry no iteration keys;"
                    + " declare @Model(iterable = true) to iterate it (items saved before that are found only after they"
                    + " are saved again), or read it with queries");
        }
        return model;
    }

    /**
     * One key page as a request thread read it, for the iterating thread to apply.
     *
     * @param page the page, or null when the read failed
     * @param capacities the capacity of the request, if it was answered
     * @param failure why the read failed, or null
     */
    private record PageRead(IdPage page, List<ConsumedCapacity> capacities, RuntimeException failure) {

        static PageRead failed(Throwable thrown) {
            if (thrown instanceof Error error) {
                throw error;
            }
            return new PageRead(null, List.of(), thrown instanceof RuntimeException runtime ? runtime
                    : new BaoException("reading an iteration page failed: " + thrown, thrown));
        }
    }

    private static <T> Stream<List<T>> stream(Iterator<List<T>> batches) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The batches of a walk over some buckets, read on demand. */
    private final class Batches<T> implements Iterator<List<T>> {

        private final Class<T> type;
        private final EntityModel model;
        private final TenantModel scope;
        private final int batchSize;
        private final IterationQueryOperation query = new IterationQueryOperation(engine.executor());
        private final BucketWalk walk;
        /** Ids taken from the walk for the next batch (kept when reading a page fails). */
        private final List<String> taken = new ArrayList<>();
        private List<T> next;

        Batches(Class<T> type, TenantModel scope, int[] buckets, int batchSize) {
            this.type = type;
            this.model = scope.model();
            this.scope = scope;
            this.batchSize = batchSize;
            this.walk = new BucketWalk(buckets, engine.requestThreads().maxConcurrency());
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = readBatch();
            }
            return next != null;
        }

        @Override
        public List<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException("the iteration of " + model.name() + " is complete");
            }
            List<T> batch = next;
            next = null;
            return batch;
        }

        /** The next non-empty batch, or null at the end. */
        private List<T> readBatch() {
            while (true) {
                walk.takeInto(taken, batchSize);
                while (taken.size() < batchSize && !walk.finished()) {
                    readPages(walk.nextRound());
                    walk.takeInto(taken, batchSize);
                }
                if (taken.isEmpty()) {
                    return null;
                }
                List<String> ids = List.copyOf(taken);
                taken.clear();
                List<T> batch = load(ids);
                if (!batch.isEmpty()) {
                    return batch;
                }
            }
        }

        /**
         * Reads the key pages of one round together (on the request threads when there are
         * several), then, on this thread, records their capacity and hands them to the walk in
         * bucket order; a failed page is thrown after the others are recorded.
         */
        private void readPages(List<BucketWalk.PageRequest> round) {
            requireOpen();
            List<Callable<PageRead>> reads = new ArrayList<>(round.size());
            for (BucketWalk.PageRequest request : round) {
                reads.add(() -> readPage(request));
            }
            List<Settled<PageRead>> settled = engine.requestThreads().runAll(reads);
            RuntimeException failure = null;
            for (int i = 0; i < round.size(); i++) {
                PageRead read = settled.get(i).succeeded() ? settled.get(i).value() : PageRead.failed(settled.get(i).failure());
                read.capacities().forEach(work.ledger()::add);
                if (read.page() != null) {
                    walk.accept(round.get(i), read.page());
                } else if (failure == null) {
                    failure = read.failure();
                } else if (failure != read.failure()) {
                    failure.addSuppressed(read.failure());
                }
            }
            if (failure != null) {
                throw failure;
            }
        }

        /** Reads one key page on whichever thread runs it; touches nothing but its own result. */
        private PageRead readPage(BucketWalk.PageRequest request) {
            List<ConsumedCapacity> capacities = new ArrayList<>(1);
            try {
                String tenant = scope.tenant();
                IdPage page = query.page(KeyCodec.iterationPartition(model, scope.keyTenant(), request.bucket()), request.startKey(),
                        "iterate " + model.name() + " bucket " + request.bucket() + (tenant == null ? "" : " of tenant '" + tenant + "'"),
                        capacities::add);
                return new PageRead(page, capacities, null);
            } catch (RuntimeException failed) {
                return new PageRead(null, capacities, failed);
            }
        }

        /** The entities of {@code ids} in index order; ids whose item is gone (deleted meanwhile) are skipped. */
        private List<T> load(List<String> ids) {
            requireOpen();
            List<String> valid = new ArrayList<>(ids.size());
            for (String id : ids) {
                try {
                    scope.itemKey(id);
                    valid.add(id);
                } catch (ValidationException malformed) {
                    LOG.warn("Skipping iteration entry '{}' of {}: it is not a valid primary id ({})", id, model.name(),
                            malformed.getMessage());
                }
            }
            Map<String, Object> loaded = work.loader().load(scope, valid);
            List<T> batch = new ArrayList<>(loaded.size());
            for (String id : valid) {
                Object entity = loaded.get(id);
                if (entity != null) {
                    batch.add(type.cast(entity));
                } else {
                    LOG.debug("Skipping {} '{}': listed in the iteration index but no longer stored", model.name(), id);
                }
            }
            return batch;
        }

        private void requireOpen() {
            if (!work.isOpen()) {
                throw new BaoException("The entity manager of this iteration over " + model.name() + " was closed;"
                        + " consume the stream before closing it");
            }
        }
    }
}
