package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.EntityExistsException;
import dev.dynamobao.engine.internal.expression.Condition;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * The writes that create an entity: a conditional put of the complete item
 * ({@code attribute_not_exists(_pk)}, {@code LAYOUT.md} §16.7) preceded by one claim per unique
 * value.
 */
public final class CreateOperation {

    private CreateOperation() {
    }

    /** The actions creating {@code entity}, whose defaults are already applied and validated. */
    public static List<WriteAction> actions(String table, EntityModel model, Object entity, String tenant, ItemKey key, String primaryId) {
        List<WriteAction> actions = new ArrayList<>();
        for (UniqueModel unique : model.uniques()) {
            Object value = unique.field().get(entity);
            if (value != null) {
                actions.add(ConstraintActions.claim(table, model, tenant, unique, ConstraintActions.valueText(unique, value), primaryId));
            }
        }
        Map<String, AttributeValue> item = ItemMapper.toItem(model, entity, tenant, key, primaryId);
        ExpressionContext context = new ExpressionContext();
        String condition = Condition.attributeNotExists(ItemKey.PK).render(context);
        Put put = Put.builder().tableName(table).item(item).conditionExpression(condition)
                .expressionAttributeNames(context.namesOrNull()).build();
        AttributeValue version = model.version() == null ? null : item.get(model.version().attributeName());
        // An earlier attempt whose response was lost stored exactly this item: the same values,
        // the same generated id, dates and version.
        WriteOutcome outcome = new WriteOutcome(model.name(), primaryId, "create", version == null ? null : version.s(),
                "Check with find(" + model.name() + ", '" + primaryId + "') whether it exists with the values you persisted;"
                        + " the entity is not managed by this unit of work.", true, stored -> StoredItems.same(item, stored));
        actions.add(new WriteAction("create " + model.name() + " '" + primaryId + "'",
                TransactWriteItem.builder().put(put).build(),
                stored -> new EntityExistsException(model.name() + " '" + primaryId + "' already exists; persist only creates"
                        + " new entities: find the existing one and change it, or remove it first"), outcome));
        return actions;
    }
}
