package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import dev.dynamobao.UniqueConstraintViolationException;
import dev.dynamobao.engine.internal.expression.Condition;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The claim and release parts of unique-constraint writes ({@code LAYOUT.md} §8.1). */
public final class ConstraintActions {

    private static final String RELATED_ID = "relatedId";
    private static final String RELATED_MODEL = "relatedModel";

    private ConstraintActions() {
    }

    /** The stored text of a unique value (verbatim, as JS stores it). */
    public static String valueText(UniqueModel unique, Object value) {
        return unique.field().keyForm(value);
    }

    /** The table key of the constraint item holding {@code value}. */
    public static ItemKey key(EntityModel model, String tenant, UniqueModel unique, String value) {
        return new ItemKey(KeyCodec.constraintKey(model, tenant, unique, value), KeyCodec.CONSTRAINT_SORT_KEY);
    }

    /** Puts the constraint item of {@code target}'s {@code value}, on condition that it is free or already ours. */
    public static WriteAction claim(WriteTarget target, UniqueModel unique, String value) {
        EntityModel model = target.model();
        ItemKey key = key(model, target.keyTenant(), unique, value);
        Map<String, AttributeValue> item = new HashMap<>(key.toMap());
        item.put("uniqueValue", AttributeValue.fromS(key.pk()));
        item.put(RELATED_ID, AttributeValue.fromS(target.primaryId()));
        item.put(RELATED_MODEL, AttributeValue.fromS(model.name()));
        if (target.keyTenant() != null) {
            item.put(LayoutAttributes.CONSTRAINT_TENANT, AttributeValue.fromS(target.keyTenant()));
        }
        ExpressionContext context = new ExpressionContext();
        String condition = Condition.or(Condition.attributeNotExists(LayoutAttributes.PK), owned(target)).render(context);
        return new WriteAction("claim " + model.name() + "." + unique.field().name() + " '" + value + "'",
                ItemWrite.put(target.table(), item, condition, context),
                stored -> new UniqueConstraintViolationException(model.name(), unique.field().name(), value, null));
    }

    /** Deletes the constraint item of {@code target}'s {@code value}, on condition that it is ours. */
    public static WriteAction release(WriteTarget target, UniqueModel unique, String value) {
        EntityModel model = target.model();
        ItemKey key = key(model, target.keyTenant(), unique, value);
        ExpressionContext context = new ExpressionContext();
        String condition = owned(target).render(context);
        String description = "release " + model.name() + "." + unique.field().name() + " '" + value + "'";
        return new WriteAction(description, ItemWrite.delete(target.table(), key, condition, context),
                stored -> new BaoException(description + " failed: the constraint item is missing or belongs to"
                        + " another entity; the data is inconsistent (was it written by another tool?)"));
    }

    private static Condition owned(WriteTarget target) {
        return Condition.and(Condition.equalTo(RELATED_ID, AttributeValue.fromS(target.primaryId())),
                Condition.equalTo(RELATED_MODEL, AttributeValue.fromS(target.model().name())));
    }
}
