package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/** Reads one item with {@code GetItem} (eventually consistent, as dynamo-bao reads). */
public final class GetOperation {

    private final RequestExecutor executor;

    /** Creates the operation. */
    public GetOperation(RequestExecutor executor) {
        this.executor = executor;
    }

    /** The item with {@code key}, or {@code null} when absent. */
    public Map<String, AttributeValue> get(ItemKey key, String context, CapacitySink sink) {
        GetItemResponse response = executor.execute(DynamoOperation.GET_ITEM, executor.model(key.pk()), 1, context, () -> executor.client().getItem(
                GetItemRequest.builder().tableName(executor.table()).key(key.toMap())
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), sink);
        return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
    }
}
