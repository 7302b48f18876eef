package dev.dynamobao.tck.support;

import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableRequest;
import software.amazon.awssdk.services.dynamodb.model.DescribeTableResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * Records every data request and passes it on to the real client of the backend, so tests can
 * assert on the exact requests the engine sends (works for every {@code @BaoTest} backend, the
 * in-process one included). {@code DescribeTable} is passed on without being recorded.
 */
public final class CapturingClient implements DynamoDbClient {

    private final DynamoDbClient delegate;
    private final List<SdkRequest> requests = new ArrayList<>();

    /** Wraps {@code delegate}. */
    public CapturingClient(DynamoDbClient delegate) {
        this.delegate = delegate;
    }

    /** Every request recorded since creation or {@link #clear()}, in order. */
    public synchronized List<SdkRequest> requests() {
        return List.copyOf(requests);
    }

    /** The recorded requests of one type. */
    public synchronized <R extends SdkRequest> List<R> requests(Class<R> type) {
        return requests.stream().filter(type::isInstance).map(type::cast).toList();
    }

    /** The recorded {@code UpdateItem} requests, parsed. */
    public List<UpdateView> updates() {
        return requests(UpdateItemRequest.class).stream().map(UpdateView::of).toList();
    }

    /** Forgets the recorded requests. */
    public synchronized void clear() {
        requests.clear();
    }

    private synchronized void record(SdkRequest request) {
        requests.add(request);
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        record(request);
        return delegate.getItem(request);
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        record(request);
        return delegate.batchGetItem(request);
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        record(request);
        return delegate.putItem(request);
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        record(request);
        return delegate.updateItem(request);
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        record(request);
        return delegate.deleteItem(request);
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        record(request);
        return delegate.transactWriteItems(request);
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        record(request);
        return delegate.transactGetItems(request);
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        record(request);
        return delegate.batchWriteItem(request);
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        record(request);
        return delegate.query(request);
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        record(request);
        return delegate.scan(request);
    }

    @Override
    public DescribeTableResponse describeTable(DescribeTableRequest request) {
        return delegate.describeTable(request);
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
        // The backend owns the wrapped client.
    }
}
