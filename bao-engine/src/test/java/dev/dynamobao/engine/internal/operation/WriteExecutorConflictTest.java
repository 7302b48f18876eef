package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamobao.RetryPolicy;
import dev.dynamobao.TransactionCancelledException;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.metrics.RequestMetrics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Real DynamoDB cancels a transaction with {@code TransactionConflict} when another one touches the
 * same items at the same time; a test server never does on demand, so a fake client injects the fault.
 */
class WriteExecutorConflictTest {

    private static final RetryPolicy THREE_ATTEMPTS = new RetryPolicy(3, Duration.ZERO, Duration.ZERO);

    @Test
    void transactionCancelledOnlyByConflicts_isRetriedUntilItSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        WriteExecutor writes = executor(calls, 2, "TransactionConflict");
        writes.execute(List.of(delete("a"), delete("b")), CapacitySink.NONE);
        assertEquals(3, calls.get());
    }

    @Test
    void transactionStillConflictingAfterTheLastAttempt_reportsTheCancellation() {
        AtomicInteger calls = new AtomicInteger();
        WriteExecutor writes = executor(calls, 10, "TransactionConflict");
        TransactionCancelledException failure = assertThrows(TransactionCancelledException.class,
                () -> writes.execute(List.of(delete("a"), delete("b")), CapacitySink.NONE));
        assertEquals(3, calls.get());
        assertEquals("TransactionConflict", failure.reasons().get(0).code());
    }

    @Test
    void transactionCancelledByAFailedCondition_isNotRetried() {
        AtomicInteger calls = new AtomicInteger();
        WriteExecutor writes = executor(calls, 10, "ConditionalCheckFailed");
        assertThrows(RuntimeException.class, () -> writes.execute(List.of(delete("a"), delete("b")), CapacitySink.NONE));
        assertEquals(1, calls.get());
    }

    private static WriteExecutor executor(AtomicInteger calls, int failures, String code) {
        DynamoDbClient client = new DynamoDbClient() {
            @Override
            public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
                if (calls.incrementAndGet() <= failures) {
                    throw TransactionCanceledException.builder().message("cancelled")
                            .cancellationReasons(CancellationReason.builder().code(code).build(),
                                    CancellationReason.builder().code("None").build())
                            .build();
                }
                return TransactWriteItemsResponse.builder().build();
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {
            }
        };
        RequestExecutor executor = new RequestExecutor(client, "t", new RequestMetrics(List.of()));
        return new WriteExecutor(executor, new Backoff(THREE_ATTEMPTS, millis -> { }));
    }

    private static WriteAction delete(String id) {
        return new WriteAction("delete " + id, ItemWrite.delete("t", new ItemKey(id, id), null, new ExpressionContext()),
                stored -> new dev.dynamobao.BaoException("condition failed for " + id));
    }
}
