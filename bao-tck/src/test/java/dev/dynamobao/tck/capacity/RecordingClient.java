package dev.dynamobao.tck.capacity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchGetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.BatchWriteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactGetItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsResponse;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/** Forwards every data request to a real client (DynamoDB Local) and keeps the requests for inspection. */
final class RecordingClient implements DynamoDbClient {

    private final DynamoDbClient delegate;
    private final List<SdkRequest> requests = new CopyOnWriteArrayList<>();

    RecordingClient(DynamoDbClient delegate) {
        this.delegate = delegate;
    }

    List<SdkRequest> requests() {
        return requests;
    }

    /** The {@code ReturnConsumedCapacity} of a recorded data request. */
    static ReturnConsumedCapacity capacitySetting(SdkRequest request) {
        if (request instanceof GetItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof PutItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof UpdateItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof DeleteItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof BatchGetItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof BatchWriteItemRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof TransactWriteItemsRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof TransactGetItemsRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof QueryRequest r) {
            return r.returnConsumedCapacity();
        } else if (request instanceof ScanRequest r) {
            return r.returnConsumedCapacity();
        }
        throw new AssertionError("not a data request: " + request);
    }

    private <T extends SdkRequest> T record(T request) {
        requests.add(request);
        return request;
    }

    @Override
    public GetItemResponse getItem(GetItemRequest request) {
        return delegate.getItem(record(request));
    }

    @Override
    public PutItemResponse putItem(PutItemRequest request) {
        return delegate.putItem(record(request));
    }

    @Override
    public UpdateItemResponse updateItem(UpdateItemRequest request) {
        return delegate.updateItem(record(request));
    }

    @Override
    public DeleteItemResponse deleteItem(DeleteItemRequest request) {
        return delegate.deleteItem(record(request));
    }

    @Override
    public BatchGetItemResponse batchGetItem(BatchGetItemRequest request) {
        return delegate.batchGetItem(record(request));
    }

    @Override
    public BatchWriteItemResponse batchWriteItem(BatchWriteItemRequest request) {
        return delegate.batchWriteItem(record(request));
    }

    @Override
    public TransactWriteItemsResponse transactWriteItems(TransactWriteItemsRequest request) {
        return delegate.transactWriteItems(record(request));
    }

    @Override
    public TransactGetItemsResponse transactGetItems(TransactGetItemsRequest request) {
        return delegate.transactGetItems(record(request));
    }

    @Override
    public QueryResponse query(QueryRequest request) {
        return delegate.query(record(request));
    }

    @Override
    public ScanResponse scan(ScanRequest request) {
        return delegate.scan(record(request));
    }

    @Override
    public String serviceName() {
        return delegate.serviceName();
    }

    @Override
    public void close() {
    }
}
