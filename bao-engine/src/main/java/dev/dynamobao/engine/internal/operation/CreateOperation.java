package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.EntityExistsException;
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
 * The writes that create an entity: a conditional put of the complete item
 * ({@code attribute_not_exists(_pk)}, {@code LAYOUT.md} §16.7) preceded by one claim per unique
 * value.
 */
public final class CreateOperation {

    private CreateOperation() {
    }

    /** The actions creating {@code entity} at {@code target}; its defaults are already applied and validated. */
    public static List<WriteAction> actions(WriteTarget target, Object entity) {
        EntityModel model = target.model();
        String primaryId = target.primaryId();
        List<WriteAction> actions = new ArrayList<>();
        for (UniqueModel unique : model.uniques()) {
            Object value = unique.field().get(entity);
            if (value != null) {
                actions.add(ConstraintActions.claim(target, unique, ConstraintActions.valueText(unique, value)));
            }
        }
        Map<String, AttributeValue> item = ItemMapper.toItem(target, entity);
        ExpressionContext context = new ExpressionContext();
        String condition = Condition.attributeNotExists(LayoutAttributes.PK).render(context);
        AttributeValue version = model.version() == null ? null : item.get(model.version().attributeName());
        // An earlier attempt whose response was lost stored exactly this item: the same values,
        // the same generated id, dates and version.
        WriteOutcome outcome = new WriteOutcome(model.name(), primaryId, "create", version == null ? null : version.s(),
                "Check with find(" + model.name() + ", '" + primaryId + "') whether it exists with the values you persisted;"
                        + " the entity is not managed by this unit of work.", true, stored -> StoredItems.same(item, stored));
        actions.add(new WriteAction("create " + target.describe(), ItemWrite.put(target.table(), item, condition, context),
                stored -> new EntityExistsException(target.describe() + " already exists; persist only creates"
                        + " new entities: find the existing one and change it, or remove it first"), outcome));
        return actions;
    }
}
