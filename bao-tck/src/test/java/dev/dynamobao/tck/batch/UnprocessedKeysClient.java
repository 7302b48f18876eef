package dev.dynamobao.tck.batch;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;

/**
 * Forwards to a real client (the test backend's) but, for the next {@code rounds} BatchGetItem calls,
 * holds back the last {@code heldBack} keys and returns them as {@code UnprocessedKeys} — the
 * fault a test server never produces by itself.
 */
final class UnprocessedKeysClient implements DynamoDbClient {

    private final DynamoDbClient delegate;
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger batchCalls = new AtomicInteger();
    private volatile int heldBack;

    UnprocessedKeysClient(DynamoDbClient delegate) {
        this.delegate = delegate;
    }

    /** Makes the next {@code count} batch reads leave {@code keys} keys unprocessed. */
    void holdBack(int count, int keys) {
        rounds.set(count);
        heldBack = keys;
        batchCalls.set(0);
    }

    int batchCalls() {
        return batchCalls.get();
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        batchCalls.incrementAndGet();
        if (rounds.getAndDecrement() <= 0) {
            return delegate.batchGetItem(request);
        }
        Map.Entry<String, KeysAndAttributes> table = request.requestItems().entrySet().iterator().next();
        List<Map<String, AttributeValue>> keys = table.getValue().keys();
        int kept = Math.max(0, keys.size() - heldBack);
        BatchGetItemResponse partial = kept == 0
                ? BatchGetItemResponse.builder().responses(Map.of(table.getKey(), List.of())).build()
                : delegate.batchGetItem(request.toBuilder().requestItems(Map.of(table.getKey(),
                        table.getValue().toBuilder().keys(keys.subList(0, kept)).build())).build());
        return partial.toBuilder().unprocessedKeys(Map.of(table.getKey(),
                KeysAndAttributes.builder().keys(keys.subList(kept, keys.size())).build())).build();
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return delegate.getItem(request);
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return delegate.putItem(request);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
    }
}
