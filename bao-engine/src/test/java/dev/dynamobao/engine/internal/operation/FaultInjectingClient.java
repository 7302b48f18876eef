package dev.dynamobao.engine.internal.operation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;

/**
 * A {@link DynamoDbClient} holding items in memory that injects the faults a test server never
 * produces: {@code UnprocessedKeys} in batch reads, and arbitrary exceptions. Only for the retry
 * and error-wrapping logic; behaviour is tested against a real server (moto) in bao-tck.
 * Thread-safe: concurrent batch reads are answered (and recorded) one at a time, after an
 * optional meeting point that proves they were in flight together.
 */
final class FaultInjectingClient implements DynamoDbClient {

    private final String table;
    private final Map<Map<String, AttributeValue>, Map<String, AttributeValue>> items = new HashMap<>();
    private final List<BatchGetItemRequest> batchRequests = new ArrayList<>();
    private int roundsLeavingKeysUnprocessed;
    private Function<Integer, Integer> unprocessedCount = requested -> requested / 2;
    private RuntimeException failure;
    private final Map<String, RuntimeException> failuresByKey = new HashMap<>();
    private final List<String> batchThreads = new ArrayList<>();
    private volatile CountDownLatch together;

    FaultInjectingClient(String table) {
        this.table = table;
    }

    /** Stores an item under its {@code _pk}/{@code _sk}. */
    synchronized FaultInjectingClient with(String pk, String sk, Map<String, AttributeValue> attributes) {
        Map<String, AttributeValue> item = new HashMap<>(attributes);
        item.put("_pk", AttributeValue.fromS(pk));
        item.put("_sk", AttributeValue.fromS(sk));
        items.put(Map.of("_pk", item.get("_pk"), "_sk", item.get("_sk")), item);
        return this;
    }

    /** The next {@code rounds} batch reads leave some keys unprocessed ({@code count(requested)} of them, the last ones). */
    synchronized FaultInjectingClient leaveUnprocessed(int rounds, Function<Integer, Integer> count) {
        this.roundsLeavingKeysUnprocessed = rounds;
        this.unprocessedCount = count;
        return this;
    }

    /** Every call throws {@code exception}. */
    synchronized FaultInjectingClient failWith(RuntimeException exception) {
        this.failure = exception;
        return this;
    }

    /** Batch reads that ask for the item with partition key {@code pk} throw {@code exception}. */
    synchronized FaultInjectingClient failBatchesWith(String pk, RuntimeException exception) {
        failuresByKey.put(pk, exception);
        return this;
    }

    /**
     * Each of the next batch reads waits (up to 5 s) until {@code count} of them have arrived:
     * they all answer only if they were in flight together.
     */
    FaultInjectingClient answerOnlyWhenInFlightTogether(int count) {
        together = new CountDownLatch(count);
        return this;
    }

    /** Whether every batch read awaited by {@link #answerOnlyWhenInFlightTogether} arrived in time. */
    boolean allArrivedTogether() {
        return together != null && together.getCount() == 0;
    }

    synchronized List<BatchGetItemRequest> batchRequests() {
        return List.copyOf(batchRequests);
    }

    /** The names of the threads that sent each batch read, in the order they arrived. */
    synchronized List<String> batchThreads() {
        return List.copyOf(batchThreads);
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        CountDownLatch meeting = together;
        if (meeting != null) {
            meeting.countDown();
            try {
                meeting.await(5, TimeUnit.SECONDS);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
        return answer(request);
    }

    private synchronized BatchGetItemResponse answer(BatchGetItemRequest request) {
        batchRequests.add(request);
        batchThreads.add(Thread.currentThread().getName());
        if (failure != null) {
            throw failure;
        }
        List<Map<String, AttributeValue>> keys = request.requestItems().get(table).keys();
        for (Map<String, AttributeValue> key : keys) {
            RuntimeException keyFailure = failuresByKey.get(key.get("_pk").s());
            if (keyFailure != null) {
                throw keyFailure;
            }
        }
        int unprocessed = 0;
        if (roundsLeavingKeysUnprocessed > 0) {
            roundsLeavingKeysUnprocessed--;
            unprocessed = Math.min(keys.size(), unprocessedCount.apply(keys.size()));
        }
        List<Map<String, AttributeValue>> processed = keys.subList(0, keys.size() - unprocessed);
        List<Map<String, AttributeValue>> found = processed.stream().map(items::get).filter(item -> item != null).toList();
        BatchGetItemResponse.Builder response = BatchGetItemResponse.builder()
                .responses(Map.of(table, found))
                .consumedCapacity(ConsumedCapacity.builder().tableName(table).capacityUnits(0.5 * processed.size()).build());
        if (unprocessed > 0) {
            response.unprocessedKeys(Map.of(table, KeysAndAttributes.builder()
                    .keys(keys.subList(keys.size() - unprocessed, keys.size())).build()));
        }
        return response.build();
    }

    @Override
    public synchronized GetItemResponse getItem(GetItemRequest request) {
        if (failure != null) {
            throw failure;
        }
        Map<String, AttributeValue> item = items.get(request.key());
        return GetItemResponse.builder().item(item)
                .consumedCapacity(ConsumedCapacity.builder().tableName(table).capacityUnits(0.5).build()).build();
    }

    @Override
    public String serviceName() {
        return "dynamodb";
    }

    @Override
    public void close() {
    }
}
