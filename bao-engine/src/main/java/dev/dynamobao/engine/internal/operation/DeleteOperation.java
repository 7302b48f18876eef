package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.engine.internal.expression.Condition;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The writes that delete an entity: the item (conditioned on the loaded version for versioned
 * models) followed by the release of each unique value it held ({@code LAYOUT.md} §8.1).
 */
public final class DeleteOperation {

    private DeleteOperation() {
    }

    /**
     * The actions deleting the item at {@code target}.
     *
     * @param loadedVersion the version read with the entity, or null (no version condition)
     * @param heldValues unique value text per constraint, as stored (null entries are skipped)
     */
    public static List<WriteAction> actions(WriteTarget target, String loadedVersion, Map<UniqueModel, String> heldValues) {
        EntityModel model = target.model();
        String primaryId = target.primaryId();
        List<WriteAction> actions = new ArrayList<>();
        ExpressionContext context = new ExpressionContext();
        String condition = model.version() == null || loadedVersion == null ? null
                : Condition.or(Condition.attributeNotExists(LayoutAttributes.PK),
                        Condition.equalTo(model.version().attributeName(), AttributeValue.fromS(loadedVersion))).render(context);
        // An item already gone passes the condition, so a failure can only be another version:
        // the old item is not asked for (ReturnValuesOnConditionCheckFailure), it would tell nothing.
        // A resent delete finds the item gone and passes; nothing stored proves a delete applied.
        WriteOutcome outcome = new WriteOutcome(model.name(), primaryId, "delete", null,
                "Check with find(" + model.name() + ", '" + primaryId + "') whether it still exists.", true, stored -> false);
        actions.add(new WriteAction("delete " + target.describe(), ItemWrite.delete(target.table(), target.key(), condition, context),
                stored -> new OptimisticLockException(model.name(), primaryId, null), outcome));
        heldValues.forEach((unique, value) -> {
            if (value != null) {
                actions.add(ConstraintActions.release(target, unique, value));
            }
        });
        return actions;
    }
}
