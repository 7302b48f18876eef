package dev.dynamobao.metrics;

import dev.dynamobao.ConsumedCapacity;
import java.time.Duration;

/**
 * One DynamoDB request the engine sent.
 *
 * @param operation the API operation
 * @param table the table name
 * @param itemCount items read or written (keys asked for a batch get, items returned by a query, 0 for
 *     a failed query, actions of a transaction)
 * @param capacity the capacity DynamoDB reported ({@link ConsumedCapacity#ZERO} if none)
 * @param latency wall time of the call
 * @param succeeded whether the call returned normally
 */
public record RequestEvent(DynamoOperation operation, String table, int itemCount,
                           ConsumedCapacity capacity, Duration latency, boolean succeeded) {
}
