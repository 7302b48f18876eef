package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.ThrottledException;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reads many items with {@code BatchGetItem}: distinct keys in chunks of 100, unprocessed keys
 * retried with backoff and jitter, then a {@link ThrottledException} naming what was left.
 */
public final class BatchGetOperation {

    /** DynamoDB's limit of keys per {@code BatchGetItem}. */
    public static final int MAX_KEYS = 100;

    private final RequestExecutor executor;
    private final Backoff backoff;

    /** Creates the operation. */
    public BatchGetOperation(RequestExecutor executor, Backoff backoff) {
        this.executor = executor;
        this.backoff = backoff;
    }

    /**
     * The items found for {@code keys}, by key; absent keys are missing from the map.
     *
     * @param describe names a key in error messages (its primary id)
     */
    public Map<ItemKey, Map<String, AttributeValue>> getAll(List<ItemKey> keys, Function<ItemKey, String> describe, CapacitySink sink) {
        List<ItemKey> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        Map<ItemKey, Map<String, AttributeValue>> found = new HashMap<>();
        for (int start = 0; start < distinct.size(); start += MAX_KEYS) {
            readChunk(distinct.subList(start, Math.min(distinct.size(), start + MAX_KEYS)), describe, sink, found);
        }
        return found;
    }

    private void readChunk(List<ItemKey> chunk, Function<ItemKey, String> describe, CapacitySink sink,
                           Map<ItemKey, Map<String, AttributeValue>> found) {
        List<Map<String, AttributeValue>> pending = chunk.stream().map(ItemKey::toMap).toList();
        for (int attempt = 1; ; attempt++) {
            List<Map<String, AttributeValue>> request = pending;
            BatchGetItemResponse response = executor.execute(DynamoOperation.BATCH_GET_ITEM,
                    executor.model(request.stream().map(key -> key.get(LayoutAttributes.PK).s()).toList()), request.size(),
                    "batch get of " + request.size() + " items",
                    () -> executor.client().batchGetItem(BatchGetItemRequest.builder()
                            .requestItems(Map.of(executor.table(), KeysAndAttributes.builder().keys(request).build()))
                            .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), sink);
            for (Map<String, AttributeValue> item : response.responses().getOrDefault(executor.table(), List.of())) {
                found.put(ItemKey.of(item), item);
            }
            KeysAndAttributes unprocessed = response.hasUnprocessedKeys() ? response.unprocessedKeys().get(executor.table()) : null;
            if (unprocessed == null || !unprocessed.hasKeys() || unprocessed.keys().isEmpty()) {
                return;
            }
            pending = unprocessed.keys();
            if (attempt >= backoff.maxAttempts()) {
                List<String> left = pending.stream().map(key -> describe.apply(ItemKey.of(key))).toList();
                throw new ThrottledException("BatchGetItem left " + left.size() + " key(s) unprocessed after " + attempt
                        + " attempts: " + left + "; retry later or raise RetryPolicy.maxAttempts", left, null);
            }
            backoff.pause(attempt);
        }
    }
}
