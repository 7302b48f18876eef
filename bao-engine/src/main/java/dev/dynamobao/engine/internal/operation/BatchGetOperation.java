package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.ThrottledException;
import dev.dynamobao.engine.internal.concurrent.RequestThreads;
import dev.dynamobao.engine.internal.concurrent.Settled;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reads many items with {@code BatchGetItem}: distinct keys in chunks of 100, the chunks in flight
 * together on the factory's {@link RequestThreads} (at most {@code maxConcurrency} at once), each
 * chunk's unprocessed keys retried with backoff and jitter, then a {@link ThrottledException}
 * naming what was left. The request threads only send requests and collect responses: the
 * consumed capacity reaches the caller's sink on the calling thread, chunk by chunk in key order.
 */
public final class BatchGetOperation {

    /** DynamoDB's limit of keys per {@code BatchGetItem}. */
    public static final int MAX_KEYS = 100;

    private final RequestExecutor executor;
    private final Backoff backoff;
    private final RequestThreads threads;

    /** Creates the operation; {@code threads} keeps the chunks of one read in flight together. */
    public BatchGetOperation(RequestExecutor executor, Backoff backoff, RequestThreads threads) {
        this.executor = executor;
        this.backoff = backoff;
        this.threads = threads;
    }

    /**
     * The items found for {@code keys}, by key; absent keys are missing from the map. Every chunk
     * is attempted even when another fails; the capacity of every request sent reaches
     * {@code sink} before anything is thrown.
     *
     * @param describe names a key in error messages (its primary id)
     * @throws ThrottledException when keys stay unprocessed after the last attempt (naming all of them)
     */
    public Map<ItemKey, Map<String, AttributeValue>> getAll(List<ItemKey> keys, Function<ItemKey, String> describe, CapacitySink sink) {
        List<ItemKey> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        List<Callable<ChunkRead>> chunks = new ArrayList<>();
        for (int start = 0; start < distinct.size(); start += MAX_KEYS) {
            List<ItemKey> chunk = distinct.subList(start, Math.min(distinct.size(), start + MAX_KEYS));
            chunks.add(() -> readChunk(chunk));
        }
        Map<ItemKey, Map<String, AttributeValue>> found = new HashMap<>();
        List<String> left = new ArrayList<>();
        int attempts = 0;
        RuntimeException failure = null;
        for (Settled<ChunkRead> settled : threads.runAll(chunks)) {
            ChunkRead read = settled.succeeded() ? settled.value() : ChunkRead.failed(settled.failure());
            read.capacities().forEach(sink::add);
            read.items().forEach(item -> found.put(ItemKey.of(item), item));
            read.unprocessed().forEach(key -> left.add(describe.apply(ItemKey.of(key))));
            attempts = Math.max(attempts, read.attempts());
            if (read.failure() != null) {
                if (failure == null) {
                    failure = read.failure();
                } else if (failure != read.failure()) {
                    failure.addSuppressed(read.failure());
                }
            }
        }
        ThrottledException throttled = left.isEmpty() ? null : new ThrottledException("BatchGetItem left " + left.size() + " key(s) unprocessed after " + attempts
                    + " attempts: " + left + "; retry later or raise RetryPolicy.maxAttempts", left, null);
        if (failure != null) {
            if (throttled != null) {
                failure.addSuppressed(throttled);
            }
            throw failure;
        }
        if (throttled != null) {
            throw throttled;
        }
        return found;
    }

    /** Reads one chunk on whichever thread runs it; touches nothing but its own result. */
    private ChunkRead readChunk(List<ItemKey> chunk) {
        ChunkRead read = new ChunkRead();
        List<Map<String, AttributeValue>> pending = chunk.stream().map(ItemKey::toMap).toList();
        try {
            for (int attempt = 1; ; attempt++) {
                read.attempts = attempt;
                List<Map<String, AttributeValue>> request = pending;
                BatchGetItemResponse response = executor.execute(DynamoOperation.BATCH_GET_ITEM,
                        executor.model(request.stream().map(key -> key.get(LayoutAttributes.PK).s()).toList()), request.size(),
                        "batch get of " + request.size() + " items",
                        () -> executor.client().batchGetItem(BatchGetItemRequest.builder()
                                .requestItems(Map.of(executor.table(), KeysAndAttributes.builder().keys(request).build()))
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), read.capacities::add);
                read.items.addAll(response.responses().getOrDefault(executor.table(), List.of()));
                KeysAndAttributes unprocessed = response.hasUnprocessedKeys() ? response.unprocessedKeys().get(executor.table()) : null;
                if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
                    return read;
                }
                pending = unprocessed.keys();
                if (attempt >= backoff.maxAttempts()) {
                    read.unprocessed = pending;
                    return read;
                }
                backoff.pause(attempt);
            }
        } catch (RuntimeException failed) {
            read.failure = failed;
            return read;
        }
    }

    /** What one chunk's requests brought back, for the calling thread to apply. */
    private static final class ChunkRead {
        private final List<Map<String, AttributeValue>> items = new ArrayList<>();
        private final List<ConsumedCapacity> capacities = new ArrayList<>();
        private List<Map<String, AttributeValue>> unprocessed = List.of();
        private int attempts;
        private RuntimeException failure;

        static ChunkRead failed(Throwable thrown) {
            if (thrown instanceof Error error) {
                throw error;
            }
            ChunkRead read = new ChunkRead();
            read.failure = thrown instanceof RuntimeException runtime ? runtime
                    : new BaoException("BatchGetItem failed: " + thrown, thrown);
            return read;
        }

        List<Map<String, AttributeValue>> items() {
            return items;
        }

        List<ConsumedCapacity> capacities() {
            return capacities;
        }

        List<Map<String, AttributeValue>> unprocessed() {
            return unprocessed;
        }

        int attempts() {
            return attempts;
        }

        RuntimeException failure() {
            return failure;
        }
    }
}
