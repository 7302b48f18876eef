package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.RetryPolicy;
import dev.dynamobao.DataAccessException;
import dev.dynamobao.ThrottledException;
import dev.dynamobao.engine.internal.concurrent.RequestThreads;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.metrics.RequestMetrics;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * {@code BatchGetOperation} with a fault-injecting client: a test server never returns
 * {@code UnprocessedKeys}, so the retry with backoff and the final error are tested here, also
 * across chunks read concurrently.
 */
class BatchGetOperationTest {

    private static final String TABLE = "bao-test";
    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(1000));

    private final List<Long> pauses = Collections.synchronizedList(new ArrayList<>());
    private final RequestCounter counter = new RequestCounter();
    private final RequestThreads threads = new RequestThreads(4, "test");

    @AfterEach
    void closeThreads() {
        threads.close();
    }

    private BatchGetOperation operation(FaultInjectingClient client) {
        return operation(client, threads);
    }

    private BatchGetOperation operation(FaultInjectingClient client, RequestThreads requestThreads) {
        RequestExecutor executor = new RequestExecutor(client, TABLE, new RequestMetrics(List.of(counter)));
        return new BatchGetOperation(executor, new Backoff(POLICY, pauses::add), requestThreads);
    }

    private static FaultInjectingClient clientWith(int items) {
        FaultInjectingClient client = new FaultInjectingClient(TABLE);
        IntStream.range(0, items).forEach(i -> client.with("u#" + i, "u", Map.of("name", AttributeValue.fromS("user " + i))));
        return client;
    }

    private static List<ItemKey> keys(int count) {
        return IntStream.range(0, count).mapToObj(i -> new ItemKey("u#" + i, "u")).toList();
    }

    @Test
    void getAll_splitsIntoChunksOfAHundred_askingForTotalCapacity() {
        FaultInjectingClient client = clientWith(250);
        Map<ItemKey, Map<String, AttributeValue>> found = operation(client).getAll(keys(250), ItemKey::pk, CapacitySink.NONE);
        assertEquals(250, found.size());
        List<List<Map<String, AttributeValue>>> chunks = List.of(
                keys(250).subList(0, 100).stream().map(ItemKey::toMap).toList(),
                keys(250).subList(100, 200).stream().map(ItemKey::toMap).toList(),
                keys(250).subList(200, 250).stream().map(ItemKey::toMap).toList());
        assertEquals(new HashSet<>(chunks), new HashSet<>(client.batchRequests().stream()
                .map(request -> request.requestItems().get(TABLE).keys()).toList()),
                "consecutive keys, 100 per request (sent concurrently, so in any order)");
        assertEquals(3, client.batchRequests().size());
        client.batchRequests().forEach(request -> assertEquals(ReturnConsumedCapacity.TOTAL, request.returnConsumedCapacity()));
        assertEquals(3, counter.count(DynamoOperation.BATCH_GET_ITEM));
        assertTrue(pauses.isEmpty());
    }

    @Test
    void getAll_sendsDuplicateKeysOnce_andLeavesMissingItemsOut() {
        FaultInjectingClient client = clientWith(2);
        List<ItemKey> keys = List.of(new ItemKey("u#0", "u"), new ItemKey("u#0", "u"), new ItemKey("u#1", "u"),
                new ItemKey("u#missing", "u"));
        Map<ItemKey, Map<String, AttributeValue>> found = operation(client).getAll(keys, ItemKey::pk, CapacitySink.NONE);
        assertEquals(3, client.batchRequests().get(0).requestItems().get(TABLE).keys().size());
        assertEquals(2, found.size());
        assertEquals("user 1", found.get(new ItemKey("u#1", "u")).get("name").s());
    }

    @Test
    void getAll_retriesUnprocessedKeys_withBackoff_untilAllAreRead() {
        FaultInjectingClient client = clientWith(10).leaveUnprocessed(2, requested -> requested / 2);
        Map<ItemKey, Map<String, AttributeValue>> found = operation(client).getAll(keys(10), ItemKey::pk, CapacitySink.NONE);
        assertEquals(10, found.size());
        List<BatchGetItemRequest> requests = client.batchRequests();
        assertEquals(List.of(10, 5, 2), requests.stream().map(request -> request.requestItems().get(TABLE).keys().size()).toList());
        assertEquals(List.of(new ItemKey("u#5", "u").toMap(), new ItemKey("u#6", "u").toMap(), new ItemKey("u#7", "u").toMap(),
                new ItemKey("u#8", "u").toMap(), new ItemKey("u#9", "u").toMap()), requests.get(1).requestItems().get(TABLE).keys());
        assertEquals(2, pauses.size(), "one pause before each retry");
        assertTrue(pauses.get(0) >= 0 && pauses.get(0) <= 10, "first retry waits up to the base delay: " + pauses);
        assertTrue(pauses.get(1) >= 0 && pauses.get(1) <= 20, "second retry waits up to twice the base delay: " + pauses);
    }

    @Test
    void getAll_whenKeysStayUnprocessed_throwsThrottledNamingTheIdsLeft_afterMaxAttempts() {
        FaultInjectingClient client = clientWith(6).leaveUnprocessed(Integer.MAX_VALUE, requested -> Math.min(requested, 2));
        ThrottledException failure = assertThrows(ThrottledException.class,
                () -> operation(client).getAll(keys(6), ItemKey::pk, CapacitySink.NONE));
        assertEquals(POLICY.maxAttempts(), client.batchRequests().size());
        assertEquals(POLICY.maxAttempts() - 1, pauses.size());
        assertEquals(List.of("u#4", "u#5"), failure.unprocessedIds());
        assertTrue(failure.getMessage().contains("u#4") && failure.getMessage().contains("u#5"), failure.getMessage());
        assertTrue(failure.getMessage().contains(POLICY.maxAttempts() + " attempts"), failure.getMessage());
        assertTrue(failure.getMessage().contains("maxAttempts"), failure.getMessage());
    }

    @Test
    void getAll_withOneAttemptAllowed_neverRetries() {
        FaultInjectingClient client = clientWith(4).leaveUnprocessed(1, requested -> 1);
        RequestExecutor executor = new RequestExecutor(client, TABLE, new RequestMetrics(List.of(counter)));
        BatchGetOperation once = new BatchGetOperation(executor,
                new Backoff(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), pauses::add), threads);
        ThrottledException failure = assertThrows(ThrottledException.class,
                () -> once.getAll(keys(4), key -> "id " + key.pk(), CapacitySink.NONE));
        assertEquals(List.of("id u#3"), failure.unprocessedIds());
        assertEquals(1, client.batchRequests().size());
        assertTrue(pauses.isEmpty());
    }

    @Test
    void getAll_reportsTheCapacityOfEveryRequest_retriesIncluded() {
        FaultInjectingClient client = clientWith(10).leaveUnprocessed(1, requested -> 4);
        List<ConsumedCapacity> seen = new ArrayList<>();
        operation(client).getAll(keys(10), ItemKey::pk, seen::add);
        assertEquals(List.of(new ConsumedCapacity(3.0, 0), new ConsumedCapacity(2.0, 0)), seen);
        assertEquals(new ConsumedCapacity(5.0, 0), counter.capacity());
    }

    @Test
    void getAll_sendsTheChunksOfOneRead_inFlightTogether() {
        FaultInjectingClient client = clientWith(350).answerOnlyWhenInFlightTogether(4);
        Map<ItemKey, Map<String, AttributeValue>> found = operation(client).getAll(keys(350), ItemKey::pk, CapacitySink.NONE);
        assertTrue(client.allArrivedTogether(), "the 4 requests of 350 keys were in flight at once");
        assertEquals(350, found.size());
        assertEquals(List.of(50, 100, 100, 100), client.batchRequests().stream()
                .map(request -> request.requestItems().get(TABLE).keys().size()).sorted().toList(), "still the fewest requests");
        assertEquals(4, new HashSet<>(client.batchThreads()).size(), "the caller's thread and three request threads");
    }

    @Test
    void getAll_withMaxConcurrencyOne_sendsTheChunksOneAfterAnother_onTheCallingThread() {
        FaultInjectingClient client = clientWith(250);
        try (RequestThreads one = new RequestThreads(1, "one")) {
            assertEquals(250, operation(client, one).getAll(keys(250), ItemKey::pk, CapacitySink.NONE).size());
        }
        assertEquals(List.of(100, 100, 50), client.batchRequests().stream()
                .map(request -> request.requestItems().get(TABLE).keys().size()).toList());
        assertEquals(List.of(Thread.currentThread().getName()), client.batchThreads().stream().distinct().toList());
    }

    @Test
    void getAll_reportsCapacity_onTheCallingThread_chunkByChunkInKeyOrder() {
        FaultInjectingClient client = clientWith(250);
        List<ConsumedCapacity> seen = new ArrayList<>();
        List<String> sinkThreads = new ArrayList<>();
        operation(client).getAll(keys(250), ItemKey::pk, capacity -> {
            seen.add(capacity);
            sinkThreads.add(Thread.currentThread().getName());
        });
        assertEquals(List.of(new ConsumedCapacity(50.0, 0), new ConsumedCapacity(50.0, 0), new ConsumedCapacity(25.0, 0)), seen);
        assertEquals(List.of(Thread.currentThread().getName()), sinkThreads.stream().distinct().toList());
        assertEquals(new ConsumedCapacity(125.0, 0), counter.capacity());
    }

    @Test
    void getAll_retriesTheUnprocessedKeysOfEachConcurrentChunk_untilEveryItemIsRead() {
        FaultInjectingClient client = clientWith(250).leaveUnprocessed(3, requested -> 10);
        Map<ItemKey, Map<String, AttributeValue>> found = operation(client).getAll(keys(250), ItemKey::pk, CapacitySink.NONE);
        assertEquals(250, found.size());
        assertEquals(6, client.batchRequests().size(), "three chunks, each retried once for its 10 unprocessed keys");
        assertEquals(3, pauses.size(), "one pause before each retry");
    }

    @Test
    void getAll_whenKeysOfSeveralChunksStayUnprocessed_throwsOneThrottled_namingThemAllInKeyOrder() {
        FaultInjectingClient client = clientWith(250).leaveUnprocessed(Integer.MAX_VALUE, requested -> Math.min(requested, 2));
        ThrottledException failure = assertThrows(ThrottledException.class,
                () -> operation(client).getAll(keys(250), ItemKey::pk, CapacitySink.NONE));
        assertEquals(List.of("u#98", "u#99", "u#198", "u#199", "u#248", "u#249"), failure.unprocessedIds());
        assertEquals(3 * POLICY.maxAttempts(), client.batchRequests().size(), "every chunk used all its attempts");
        assertTrue(failure.getMessage().contains("6 key(s)") && failure.getMessage().contains(POLICY.maxAttempts() + " attempts"),
                failure.getMessage());
    }

    @Test
    void getAll_whenOneChunkFails_stillReadsTheOthers_reportsTheirCapacity_andThrowsTheFailure() {
        DynamoDbException broken = (DynamoDbException) DynamoDbException.builder().message("broken partition").statusCode(500).build();
        FaultInjectingClient client = clientWith(250).failBatchesWith("u#150", broken);
        List<ConsumedCapacity> seen = Collections.synchronizedList(new ArrayList<>());
        DataAccessException failure = assertThrows(DataAccessException.class,
                () -> operation(client).getAll(keys(250), ItemKey::pk, seen::add));
        assertTrue(failure.getMessage().contains("broken partition"), failure.getMessage());
        assertEquals(3, client.batchRequests().size(), "every chunk was attempted");
        // Chunks end in any order; the failed one is recorded as a request of zero capacity (CapacitySink's contract).
        assertEquals(List.of(ConsumedCapacity.ZERO, new ConsumedCapacity(25.0, 0), new ConsumedCapacity(50.0, 0)),
                seen.stream().sorted(Comparator.comparingDouble(ConsumedCapacity::readUnits)).toList(),
                "the chunks that were read with their capacity, and the failed one");
    }
}
