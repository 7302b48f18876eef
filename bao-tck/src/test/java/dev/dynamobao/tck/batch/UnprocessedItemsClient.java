package dev.dynamobao.tck.batch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;

/**
 * Forwards to a real client but, for the next {@code rounds} BatchWriteItem calls, holds back the
 * last {@code heldBack} writes of each request and returns them as {@code UnprocessedItems} — the
 * fault a test server never produces on demand.
 */
final class UnprocessedItemsClient implements DynamoDbClient {

    private final DynamoDbClient delegate;
    private final AtomicInteger rounds = new AtomicInteger();
    private final AtomicInteger batchCalls = new AtomicInteger();
    private final List<Integer> requestSizes = new ArrayList<>();
    private volatile int heldBack;

    UnprocessedItemsClient(DynamoDbClient delegate) {
        this.delegate = delegate;
    }

    /** Makes the next {@code count} batch writes leave their last {@code items} writes unprocessed. */
    synchronized void holdBack(int count, int items) {
        rounds.set(count);
        heldBack = items;
        batchCalls.set(0);
        requestSizes.clear();
    }

    int batchCalls() {
        return batchCalls.get();
    }

    synchronized List<Integer> requestSizes() {
        return List.copyOf(requestSizes);
    }

    @Override
    public synchronized BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        batchCalls.incrementAndGet();
        Map.Entry<String, List<WriteRequest>> table = request.requestItems().entrySet().iterator().next();
        List<WriteRequest> writes = table.getValue();
        requestSizes.add(writes.size());
        if (rounds.getAndDecrement() <= 0) {
            return delegate.batchWriteItem(request);
        }
        int kept = Math.max(0, writes.size() - heldBack);
        BatchWriteItemResponse partial = kept == 0 ? BatchWriteItemResponse.builder().build()
                : delegate.batchWriteItem(request.toBuilder().requestItems(Map.of(table.getKey(), writes.subList(0, kept))).build());
        return partial.toBuilder().unprocessedItems(Map.of(table.getKey(), writes.subList(kept, writes.size()))).build();
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return delegate.batchGetItem(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return delegate.getItem(request);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
    }
}
