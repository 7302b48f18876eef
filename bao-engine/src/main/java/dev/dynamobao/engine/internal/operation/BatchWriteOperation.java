package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import dev.dynamobao.engine.internal.concurrent.RequestThreads;
import dev.dynamobao.engine.internal.concurrent.Settled;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteRequest;
import software.amazon.awssdk.services.dynamodb.model.PutRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Writes many items with {@code BatchWriteItem}: unconditional puts and deletes in chunks of 25,
 * {@code UnprocessedItems} retried with the factory's backoff and jitter, and requests that may
 * have been applied (a lost response, a timeout, HTTP 5xx) resent, which is harmless for
 * unconditional writes. Returns which writes
 * were left undone instead of throwing, so that the caller can name them.
 */
public final class BatchWriteOperation {

    /** DynamoDB's limit of writes per {@code BatchWriteItem}. */
    public static final int MAX_ITEMS = 25;

    private final RequestExecutor executor;
    private final Backoff backoff;
    private final RequestThreads threads;

    /** Creates the operation; {@code threads} keeps its chunks' requests in flight together. */
    public BatchWriteOperation(RequestExecutor executor, Backoff backoff, RequestThreads threads) {
        this.executor = executor;
        this.backoff = backoff;
        this.threads = threads;
    }

    /** One write: a whole item to put, or the key of an item to delete. */
    public record Write(ItemKey key, Map<String, AttributeValue> itemOrNull) {

        /** A put of {@code item} (its {@code _pk}/{@code _sk} are the key). */
        public static Write put(Map<String, AttributeValue> item) {
            return new Write(ItemKey.of(item), item);
        }

        /** A delete of the item with {@code key}. */
        public static Write delete(ItemKey key) {
            return new Write(key, null);
        }

        WriteRequest request() {
            return itemOrNull != null
                    ? WriteRequest.builder().putRequest(PutRequest.builder().item(itemOrNull).build()).build()
                    : WriteRequest.builder().deleteRequest(DeleteRequest.builder().key(key.toMap()).build()).build();
        }
    }

    /**
     * What a bulk write left undone.
     *
     * @param unwritten the writes not done, in input order
     * @param failure the request failure that stopped the work, or {@code null} when the writes
     *     stayed unprocessed after the last attempt
     * @param attempts the attempts made for the chunk that stopped
     * @param unknownCount how many of {@code unwritten} (the first ones) may nevertheless have been
     *     written: a request holding them got no answer that tells (lost response, timeout, 5xx)
     */
    public record Outcome(List<Write> unwritten, BaoException failure, int attempts, int unknownCount) {

        /** An outcome whose unwritten writes are all known not to be written. */
        public Outcome(List<Write> unwritten, BaoException failure, int attempts) {
            this(unwritten, failure, attempts, 0);
        }

        /** Whether every write was done. */
        public boolean complete() {
            return unwritten.isEmpty();
        }
    }

    /**
     * Sends {@code writes} (distinct keys) in chunks of {@link #MAX_ITEMS}, the chunks in flight
     * together on the request threads (each retries its own {@code UnprocessedItems}); every chunk
     * is attempted, whatever the others do. {@code sink} receives the capacity on the calling
     * thread, after every chunk ended.
     *
     * @return what was left undone: the writes that may have been applied first (counted by
     *     {@link Outcome#unknownCount()}), then the ones known not to be, each part in input
     *     order; the failure and attempts of the first chunk (in input order) that stopped
     */
    public Outcome write(List<Write> writes, String context, CapacitySink sink) {
        List<Callable<Outcome>> tasks = new ArrayList<>();
        List<CapacityBuffer> capacities = new ArrayList<>();
        for (int start = 0; start < writes.size(); start += MAX_ITEMS) {
            List<Write> chunk = writes.subList(start, Math.min(writes.size(), start + MAX_ITEMS));
            CapacityBuffer capacity = new CapacityBuffer();
            capacities.add(capacity);
            tasks.add(() -> writeChunk(chunk, context, capacity));
        }
        List<Settled<Outcome>> settled = threads.runAll(tasks);
        capacities.forEach(capacity -> capacity.drainTo(sink));
        List<Write> maybeWritten = new ArrayList<>();
        List<Write> notWritten = new ArrayList<>();
        Outcome firstIncomplete = null;
        RuntimeException unexpected = null;
        for (Settled<Outcome> task : settled) {
            if (!task.succeeded()) {
                if (task.failure() instanceof Error error) {
                    throw error;
                }
                unexpected = unexpected == null ? (RuntimeException) task.failure() : unexpected;
                continue;
            }
            Outcome outcome = task.value();
            if (!outcome.complete()) {
                firstIncomplete = firstIncomplete == null ? outcome : firstIncomplete;
                maybeWritten.addAll(outcome.unwritten().subList(0, outcome.unknownCount()));
                notWritten.addAll(outcome.unwritten().subList(outcome.unknownCount(), outcome.unwritten().size()));
            }
        }
        if (unexpected != null) {
            throw unexpected;
        }
        if (firstIncomplete == null) {
            return new Outcome(List.of(), null, 0);
        }
        List<Write> unwritten = new ArrayList<>(maybeWritten);
        unwritten.addAll(notWritten);
        return new Outcome(unwritten, firstIncomplete.failure(), firstIncomplete.attempts(), maybeWritten.size());
    }

    private Outcome writeChunk(List<Write> chunk, String context, CapacitySink sink) {
        Map<ItemKey, Write> pending = new LinkedHashMap<>();
        chunk.forEach(write -> pending.put(write.key(), write));
        // Puts and deletes of a BatchWriteItem are unconditional, so resending them is harmless:
        // a request that may have been applied (lost response, timeout, 5xx) is sent again.
        boolean mayHaveApplied = false;
        for (int attempt = 1; ; attempt++) {
            List<WriteRequest> requests = pending.values().stream().map(Write::request).toList();
            BatchWriteItemResponse response;
            try {
                response = executor.execute(DynamoOperation.BATCH_WRITE_ITEM,
                        executor.model(pending.keySet().stream().map(ItemKey::pk).toList()), requests.size(),
                        context + " (" + requests.size() + " items)",
                        () -> executor.client().batchWriteItem(BatchWriteItemRequest.builder()
                                .requestItems(Map.of(executor.table(), requests))
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), sink);
            } catch (BaoException failure) {
                SdkException sdk = failure.getCause() instanceof SdkException cause ? cause : null;
                if (sdk == null || !mayHaveApplied && Attempts.noneApplied(sdk)) {
                    return new Outcome(List.copyOf(pending.values()), failure, attempt, mayHaveApplied ? pending.size() : 0);
                }
                mayHaveApplied = true;
                if (attempt >= backoff.maxAttempts()) {
                    return new Outcome(List.copyOf(pending.values()), failure, attempt, pending.size());
                }
                backoff.pause(attempt);
                continue;
            }
            List<WriteRequest> unprocessed = response.hasUnprocessedItems()
                    ? response.unprocessedItems().getOrDefault(executor.table(), List.of()) : List.of();
            if (unprocessed.isEmpty()) {
                return new Outcome(List.of(), null, attempt);
            }
            Map<ItemKey, Write> left = new LinkedHashMap<>();
            for (WriteRequest request : unprocessed) {
                ItemKey key = request.putRequest() != null ? ItemKey.of(request.putRequest().item())
                        : ItemKey.of(request.deleteRequest().key());
                Write write = pending.get(key);
                if (write != null) {
                    left.put(key, write);
                }
            }
            pending.keySet().retainAll(left.keySet());
            if (attempt >= backoff.maxAttempts()) {
                return new Outcome(List.copyOf(pending.values()), null, attempt, mayHaveApplied ? pending.size() : 0);
            }
            backoff.pause(attempt);
        }
    }
}
