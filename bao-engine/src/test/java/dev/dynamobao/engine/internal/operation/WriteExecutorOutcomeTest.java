package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoException;
import dev.dynamobao.CounterWrites;
import dev.dynamobao.RetryPolicy;
import dev.dynamobao.ThrottledException;
import dev.dynamobao.WriteOutcomeUnknownException;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.metrics.RequestMetrics;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The decisions of {@link WriteExecutor} after the AWS SDK ended a call in a way that leaves open
 * whether DynamoDB applied it. The answers the SDK gives after its own retries (a failed condition
 * with {@code numAttempts} 2 and the first attempt's lost response as a suppressed exception) are
 * scripted here; the same faults over HTTP against a real server are in bao-tck's fault suite.
 */
class WriteExecutorOutcomeTest {

    private static final RetryPolicy FOUR_ATTEMPTS = new RetryPolicy(4, Duration.ZERO, Duration.ZERO);
    private static final Map<String, AttributeValue> KEY = Map.of("_pk", AttributeValue.fromS("u#1"), "_sk", AttributeValue.fromS("u"));
    private static final String LOST = "Request attempt 1 failure: Unable to execute HTTP request: The target server failed to respond";
    private static final String THROTTLED = "Request attempt 1 failure: Throughput exceeds the current capacity"
            + " (Service: DynamoDb, Status Code: 400, Request ID: X)";

    private final ScriptedClient client = new ScriptedClient();

    @Test
    void create_whoseRetryFindsTheItemItPut_succeeds() {
        Map<String, AttributeValue> item = item("n", AttributeValue.fromN("1.50"));
        client.puts.add(() -> { throw conditionFailed(2, LOST); });
        client.stored = item("n", AttributeValue.fromN("1.5"));
        executor(CounterWrites.EXACTLY_ONCE).execute(List.of(create(item)), CapacitySink.NONE);
        assertEquals(1, client.reads);
    }

    @Test
    void create_whoseRetryFindsAnotherItem_reportsTheOutcomeUnknown() {
        client.puts.add(() -> { throw conditionFailed(2, LOST); });
        client.stored = item("n", AttributeValue.fromN("7"));
        WriteOutcomeUnknownException unknown = assertThrows(WriteOutcomeUnknownException.class,
                () -> executor(CounterWrites.EXACTLY_ONCE).execute(List.of(create(item("n", AttributeValue.fromN("1")))), CapacitySink.NONE));
        assertEquals("User", unknown.model());
        assertEquals("create", unknown.operation());
        assertTrue(unknown.getMessage().contains("Check with find"), unknown.getMessage());
    }

    @Test
    void create_whoseOnlyAttemptFailsItsCondition_reportsTheConflictWithoutReading() {
        client.puts.add(() -> { throw conditionFailed(1); });
        BaoException exists = assertThrows(BaoException.class,
                () -> executor(CounterWrites.EXACTLY_ONCE).execute(List.of(create(item("n", AttributeValue.fromN("1")))), CapacitySink.NONE));
        assertEquals("exists", exists.getMessage());
        assertEquals(0, client.reads);
    }

    @Test
    void create_retriedOnlyAfterThrottling_reportsTheConflictAsGenuine() {
        client.puts.add(() -> { throw conditionFailed(2, THROTTLED); });
        BaoException exists = assertThrows(BaoException.class,
                () -> executor(CounterWrites.EXACTLY_ONCE).execute(List.of(create(item("n", AttributeValue.fromN("1")))), CapacitySink.NONE));
        assertEquals("exists", exists.getMessage());
        assertEquals(0, client.reads);
    }

    @Test
    void versionedUpdate_whoseRetryFindsItsOwnVersion_succeeds() {
        client.updates.add(() -> { throw conditionFailed(2, LOST); });
        client.stored = item("v", AttributeValue.fromS("V2"));
        executor(CounterWrites.EXACTLY_ONCE).execute(List.of(versionedUpdate("V2")), CapacitySink.NONE);
        assertEquals(1, client.updateCalls);
    }

    @Test
    void versionedUpdate_whoseRetryFindsAnotherWritersVersion_reportsTheOutcomeUnknownNotAConflict() {
        client.updates.add(() -> { throw conditionFailed(2, LOST); });
        client.stored = item("v", AttributeValue.fromS("V9"));
        WriteOutcomeUnknownException unknown = assertThrows(WriteOutcomeUnknownException.class,
                () -> executor(CounterWrites.EXACTLY_ONCE).execute(List.of(versionedUpdate("V2")), CapacitySink.NONE));
        assertEquals("V2", unknown.writtenVersion());
    }

    @Test
    void update_whoseSdkRetriesAllLostTheirResponse_isResentUntilItsOutcomeIsKnown() {
        client.updates.add(() -> { throw lost(3); });
        client.updates.add(() -> { throw conditionFailed(1); });
        client.stored = item("v", AttributeValue.fromS("V2"));
        executor(CounterWrites.EXACTLY_ONCE).execute(List.of(versionedUpdate("V2")), CapacitySink.NONE);
        assertEquals(2, client.updateCalls);
        assertEquals(1, client.reads);
    }

    @Test
    void update_neverAnswered_reportsTheOutcomeUnknownAfterTheRetryPolicy() {
        for (int i = 0; i < 10; i++) {
            client.updates.add(() -> { throw lost(3); });
        }
        WriteOutcomeUnknownException unknown = assertThrows(WriteOutcomeUnknownException.class,
                () -> executor(CounterWrites.EXACTLY_ONCE).execute(List.of(versionedUpdate("V2")), CapacitySink.NONE));
        assertEquals(4, client.updateCalls);
        assertTrue(unknown.getCause() instanceof SdkClientException);
    }

    @Test
    void update_throttledThroughTheSdkRetries_reportsThrottlingWithoutResending() {
        client.updates.add(() -> { throw throttled(3); });
        assertThrows(ThrottledException.class,
                () -> executor(CounterWrites.EXACTLY_ONCE).execute(List.of(versionedUpdate("V2")), CapacitySink.NONE));
        assertEquals(1, client.updateCalls);
    }

    @Test
    void counterIncrementWithoutVersion_isSentAsATransactionWithAToken_reusedOnEveryResend() {
        client.transactions.add(() -> { throw lost(3); });
        client.transactions.add(() -> { throw lost(3); });
        client.transactions.add(() -> TransactWriteItemsResponse.builder().build());
        executor(CounterWrites.EXACTLY_ONCE).execute(List.of(counterIncrement()), CapacitySink.NONE);
        assertEquals(0, client.updateCalls);
        assertEquals(3, client.tokens.size());
        assertNotNull(client.tokens.get(0));
        assertEquals(1, client.tokens.stream().distinct().count());
    }

    @Test
    void counterIncrementAtMostOnce_isOneUpdateWithoutSdkRetries_andUnknownWhenItsResponseIsLost() {
        client.updates.add(() -> { throw lost(1); });
        assertThrows(WriteOutcomeUnknownException.class,
                () -> executor(CounterWrites.AT_MOST_ONCE).execute(List.of(counterIncrement()), CapacitySink.NONE));
        assertEquals(1, client.updateCalls);
        assertEquals(1, client.lastUpdate.overrideConfiguration().orElseThrow().plugins().size());
    }

    @Test
    void counterIncrementAtMostOnce_throttled_isResentByTheLibrary() {
        client.updates.add(() -> { throw throttled(1); });
        client.updates.add(() -> UpdateItemResponse.builder().build());
        executor(CounterWrites.AT_MOST_ONCE).execute(List.of(counterIncrement()), CapacitySink.NONE);
        assertEquals(2, client.updateCalls);
    }

    @Test
    void transaction_neverAnswered_reportsTheOutcomeUnknownNamingItsEntity() {
        for (int i = 0; i < 10; i++) {
            client.transactions.add(() -> { throw lost(3); });
        }
        WriteOutcomeUnknownException unknown = assertThrows(WriteOutcomeUnknownException.class,
                () -> executor(CounterWrites.EXACTLY_ONCE).execute(List.of(create(item("n", AttributeValue.fromN("1"))),
                        versionedUpdate("V2")), CapacitySink.NONE));
        assertEquals("User", unknown.model());
        assertTrue(unknown.operation().startsWith("transaction of 2 actions"), unknown.operation());
        assertEquals(4, client.tokens.size());
        assertEquals(1, client.tokens.stream().distinct().count());
    }

    @Test
    void transaction_lostThenCancelledByConflictsUntilTheEnd_reportsTheOutcomeUnknownNotNothingWritten() {
        client.transactions.add(() -> { throw lost(3); });
        for (int i = 0; i < 10; i++) {
            client.transactions.add(() -> { throw conflict(); });
        }
        assertThrows(WriteOutcomeUnknownException.class,
                () -> executor(CounterWrites.EXACTLY_ONCE).execute(List.of(create(item("n", AttributeValue.fromN("1"))),
                        versionedUpdate("V2")), CapacitySink.NONE));
        assertEquals(4, client.tokens.size());
    }

    // ---- fixtures -------------------------------------------------------------------------

    private WriteExecutor executor(CounterWrites counterWrites) {
        RequestExecutor executor = new RequestExecutor(client, "t", new RequestMetrics(List.of()));
        return new WriteExecutor(executor, new Backoff(FOUR_ATTEMPTS, millis -> { }), counterWrites, () -> "token-1");
    }

    private static Map<String, AttributeValue> item(String attribute, AttributeValue value) {
        Map<String, AttributeValue> item = new HashMap<>(KEY);
        item.put(attribute, value);
        return item;
    }

    private static WriteAction create(Map<String, AttributeValue> item) {
        return new WriteAction("create User '1'", new ItemWrite(ItemWrite.Kind.PUT, "t", ItemKey.of(item), item, null,
                "attribute_not_exists(#a)", null, null), stored -> new BaoException("exists"),
                new WriteOutcome("User", "1", "create", null, "Check with find(User, '1').", true,
                        stored -> StoredItems.same(item, stored)));
    }

    private static WriteAction versionedUpdate(String freshVersion) {
        return new WriteAction("update User '1'", new ItemWrite(ItemWrite.Kind.UPDATE, "t", ItemKey.of(KEY), null, "SET #a = :a",
                null, null, null), stored -> new BaoException("conflict"),
                new WriteOutcome("User", "1", "update", freshVersion, "Reload it.", true,
                        stored -> StoredItems.carries(stored, "v", AttributeValue.fromS(freshVersion))));
    }

    private static WriteAction counterIncrement() {
        return new WriteAction("update User '1'", new ItemWrite(ItemWrite.Kind.UPDATE, "t", ItemKey.of(KEY), null, "ADD #a :a",
                null, null, null), stored -> new BaoException("gone"),
                new WriteOutcome("User", "1", "update", null, "Reload it.", true, stored -> false).notRepeatable());
    }

    private static ConditionalCheckFailedException conditionFailed(int attempts, String... earlier) {
        ConditionalCheckFailedException failed = (ConditionalCheckFailedException) ConditionalCheckFailedException.builder()
                .message("The conditional request failed").statusCode(400).numAttempts(attempts).build();
        for (String message : earlier) {
            failed.addSuppressed(SdkClientException.create(message));
        }
        return failed;
    }

    private static TransactionCanceledException conflict() {
        return (TransactionCanceledException) TransactionCanceledException.builder().message("cancelled").statusCode(400).numAttempts(1)
                .cancellationReasons(CancellationReason.builder().code("TransactionConflict").build(),
                        CancellationReason.builder().code("None").build()).build();
    }

    private static SdkException lost(int attempts) {
        SdkException lost = SdkClientException.builder().message("Unable to execute HTTP request: The target server failed to respond")
                .numAttempts(attempts).build();
        for (int i = 1; i < attempts; i++) {
            lost.addSuppressed(SdkClientException.create("Request attempt " + i + " failure: Unable to execute HTTP request"));
        }
        return lost;
    }

    private static SdkException throttled(int attempts) {
        SdkException throttled = ProvisionedThroughputExceededException.builder().message("Throughput exceeds the current capacity")
                .statusCode(400).numAttempts(attempts)
                .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException").build()).build();
        for (int i = 1; i < attempts; i++) {
            throttled.addSuppressed(SdkClientException.create("Request attempt " + i
                    + " failure: Throughput exceeds the current capacity (Service: DynamoDb, Status Code: 400, Request ID: X)"));
        }
        return throttled;
    }

    /** Answers each write call with the next scripted answer; reads return {@link #stored}. */
    private static final class ScriptedClient implements DynamoDbClient {
        final Deque<Supplier<PutItemResponse>> puts = new ArrayDeque<>();
        final Deque<Supplier<UpdateItemResponse>> updates = new ArrayDeque<>();
        final Deque<Supplier<TransactWriteItemsResponse>> transactions = new ArrayDeque<>();
        final List<String> tokens = new ArrayList<>();
        Map<String, AttributeValue> stored;
        UpdateItemRequest lastUpdate;
        int reads;
        int updateCalls;

        @Override
        public PutItemResponse putItem(PutItemRequest request) {
            return puts.isEmpty() ? PutItemResponse.builder().build() : puts.poll().get();
        }

        @Override
        public UpdateItemResponse updateItem(UpdateItemRequest request) {
            updateCalls++;
            lastUpdate = request;
            return updates.isEmpty() ? UpdateItemResponse.builder().build() : updates.poll().get();
        }

        @Override
        public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
            tokens.add(request.clientRequestToken());
            return transactions.isEmpty() ? TransactWriteItemsResponse.builder().build() : transactions.poll().get();
        }

        @Override
        public GetItemResponse getItem(GetItemRequest request) {
            reads++;
            assertTrue(request.consistentRead());
            return GetItemResponse.builder().item(stored).build();
        }

        @Override
        public String serviceName() {
            return "dynamodb";
        }

        @Override
        public void close() {
        }
    }
}
