package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Tells whether an item exists, with a strongly consistent {@code GetItem} that projects only the
 * partition key. Used after a failed update condition to tell a deleted item from a version
 * conflict, so that updates need not ask for the old item on every request.
 */
public final class ItemExistence {

    private ItemExistence() {
    }

    /** Whether the item with {@code key} exists now. */
    public static boolean exists(RequestExecutor executor, ItemKey key, String context, CapacitySink sink) {
        GetItemResponse response = executor.execute(DynamoOperation.GET_ITEM, executor.model(key.pk()), 1, context, () -> executor.client().getItem(
                GetItemRequest.builder().tableName(executor.table()).key(key.toMap()).consistentRead(true)
                        .projectionExpression("#k").expressionAttributeNames(Map.of("#k", LayoutAttributes.PK))
                        .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), sink);
        return response.hasItem() && !response.item().isEmpty();
    }
}
