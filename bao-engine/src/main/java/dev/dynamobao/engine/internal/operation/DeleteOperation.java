package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.engine.internal.expression.Condition;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The writes that delete an entity: the item (conditioned on the loaded version for versioned
 * models) followed by the release of each unique value it held ({@code LAYOUT.md} §8.1).
 */
public final class DeleteOperation {

    private DeleteOperation() {
    }

    /**
     * The actions deleting the item.
     *
     * @param loadedVersion the version read with the entity, or null (no version condition)
     * @param heldValues unique value text per constraint, as stored (null entries are skipped)
     */
    public static List<WriteAction> actions(String table, EntityModel model, String tenant, ItemKey key, String primaryId,
                                            String loadedVersion, Map<UniqueModel, String> heldValues) {
        List<WriteAction> actions = new ArrayList<>();
        Delete.Builder delete = Delete.builder().tableName(table).key(key.toMap());
        if (model.version() != null && loadedVersion != null) {
            ExpressionContext context = new ExpressionContext();
            delete.conditionExpression(Condition.or(Condition.attributeNotExists(ItemKey.PK),
                            Condition.equalTo(model.version().attributeName(), AttributeValue.fromS(loadedVersion))).render(context))
                    .expressionAttributeNames(context.namesOrNull()).expressionAttributeValues(context.valuesOrNull());
        }
        // An item already gone passes the condition, so a failure can only be another version:
        // the old item is not asked for (ReturnValuesOnConditionCheckFailure), it would tell nothing.
        // A resent delete finds the item gone and passes; nothing stored proves a delete applied.
        WriteOutcome outcome = new WriteOutcome(model.name(), primaryId, "delete", null,
                "Check with find(" + model.name() + ", '" + primaryId + "') whether it still exists.", true, stored -> false);
        actions.add(new WriteAction("delete " + model.name() + " '" + primaryId + "'",
                TransactWriteItem.builder().delete(delete.build()).build(),
                stored -> new OptimisticLockException(model.name(), primaryId, null), outcome));
        heldValues.forEach((unique, value) -> {
            if (value != null) {
                actions.add(ConstraintActions.release(table, model, tenant, unique, value, primaryId));
            }
        });
        return actions;
    }
}
