package dev.dynamobao.metrics;

import dev.dynamobao.ConsumedCapacity;
import java.time.Duration;
import java.util.Objects;

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
 * @param model the model name the request reads or writes (e.g. {@code User}, from the keys it
 *     sends); the distinct names sorted and joined with {@code ,} for a batch or transaction over
 *     several models; {@code unknown} when no key names a registered model (table management)
 */
public record RequestEvent(DynamoOperation operation, String table, int itemCount,
                           ConsumedCapacity capacity, Duration latency, boolean succeeded, String model) {

    /** Checks the model name. */
    public RequestEvent {
        Objects.requireNonNull(model, "model");
    }

    /** An event whose model is {@code unknown}. */
    public RequestEvent(DynamoOperation operation, String table, int itemCount,
                        ConsumedCapacity capacity, Duration latency, boolean succeeded) {
        this(operation, table, itemCount, capacity, latency, succeeded, "unknown");
    }
}
