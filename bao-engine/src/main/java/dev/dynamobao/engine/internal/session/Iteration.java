package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.operation.IterationQueryOperation;
import dev.dynamobao.engine.internal.operation.IterationQueryOperation.IdPage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Iteration over every item of an iterable model ({@code LAYOUT.md} §7): the bucket partitions of
 * the iteration index in order, a page of primary ids at a time, then the full items with batched
 * reads through the unit of work. Lazy: nothing is read before the stream is consumed. The tenant
 * is fixed when the stream is created.
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
        String tenant = work.tenant();
        return stream(new Batches<>(type, model, tenant, IntStream.range(0, model.iterationBuckets()).toArray(), batchSize));
    }

    <T> Stream<List<T>> iterateBucket(Class<T> type, int bucket, int batchSize) {
        EntityModel model = iterableModel(type);
        if (bucket < 0 || bucket >= model.iterationBuckets()) {
            throw new ValidationException("Bucket " + bucket + " does not exist: " + model.name() + " has "
                    + model.iterationBuckets() + " iteration buckets, numbered 0 to " + (model.iterationBuckets() - 1)
                    + " (see iterationBuckets(" + type.getSimpleName() + ".class))");
        }
        requireBatchSize(batchSize);
        String tenant = work.tenant();
        return stream(new Batches<>(type, model, tenant, new int[] {bucket}, batchSize));
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

    private static <T> Stream<List<T>> stream(Iterator<List<T>> batches) {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(batches, Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    /** The batches of a walk over some buckets, read on demand. */
    private final class Batches<T> implements Iterator<List<T>> {

        private final Class<T> type;
        private final EntityModel model;
        private final String tenant;
        private final int[] buckets;
        private final int batchSize;
        private final IterationQueryOperation query = new IterationQueryOperation(engine.executor());
        private final Deque<String> pendingIds = new ArrayDeque<>();
        private int position;
        private Map<String, AttributeValue> startKey;
        private List<T> next;

        Batches(Class<T> type, EntityModel model, String tenant, int[] buckets, int batchSize) {
            this.type = type;
            this.model = model;
            this.tenant = tenant;
            this.buckets = buckets;
            this.batchSize = batchSize;
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
                while (pendingIds.size() < batchSize && readIdPage()) {
                    // keep filling: a batch may span pages and buckets
                }
                if (pendingIds.isEmpty()) {
                    return null;
                }
                List<String> ids = new ArrayList<>(Math.min(batchSize, pendingIds.size()));
                while (ids.size() < batchSize && !pendingIds.isEmpty()) {
                    ids.add(pendingIds.poll());
                }
                List<T> batch = load(ids);
                if (!batch.isEmpty()) {
                    return batch;
                }
            }
        }

        /** Reads the next page of ids into {@link #pendingIds}; false when every bucket is exhausted. */
        private boolean readIdPage() {
            while (position < buckets.length) {
                requireOpen();
                int bucket = buckets[position];
                IdPage page = query.page(KeyCodec.iterationPartition(model, tenant, bucket), startKey,
                        "iterate " + model.name() + " bucket " + bucket + (tenant == null ? "" : " of tenant '" + tenant + "'"),
                        work.ledger());
                if (page.hasMore()) {
                    startKey = page.nextStartKey();
                } else {
                    position++;
                    startKey = null;
                }
                if (!page.ids().isEmpty()) {
                    pendingIds.addAll(page.ids());
                    return true;
                }
            }
            return false;
        }

        /** The entities of {@code ids} in index order; ids whose item is gone (deleted meanwhile) are skipped. */
        private List<T> load(List<String> ids) {
            requireOpen();
            List<String> valid = new ArrayList<>(ids.size());
            for (String id : ids) {
                try {
                    KeyCodec.itemKey(model, tenant, id);
                    valid.add(id);
                } catch (ValidationException malformed) {
                    LOG.warn("Skipping iteration entry '{}' of {}: it is not a valid primary id ({})", id, model.name(),
                            malformed.getMessage());
                }
            }
            Map<String, Object> loaded = work.loader().load(model, tenant, valid);
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
