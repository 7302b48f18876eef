package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.RetryPolicy;
import dev.dynamobao.ThrottledException;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.metrics.RequestMetrics;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * {@code BatchGetOperation} with a fault-injecting client: a test server never returns
 * {@code UnprocessedKeys}, so the retry with backoff and the final error are tested here.
 */
class BatchGetOperationTest {

    private static final String TABLE = "bao-test";
    private static final RetryPolicy POLICY = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(1000));

    private final List<Long> pauses = new ArrayList<>();
    private final RequestCounter counter = new RequestCounter();

    private BatchGetOperation operation(FaultInjectingClient client) {
        RequestExecutor executor = new RequestExecutor(client, TABLE, new RequestMetrics(List.of(counter)));
        return new BatchGetOperation(executor, new Backoff(POLICY, pauses::add));
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
        assertEquals(List.of(100, 100, 50), client.batchRequests().stream()
                .map(request -> request.requestItems().get(TABLE).keys().size()).toList());
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
                new Backoff(new RetryPolicy(1, Duration.ZERO, Duration.ZERO), pauses::add));
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
}
