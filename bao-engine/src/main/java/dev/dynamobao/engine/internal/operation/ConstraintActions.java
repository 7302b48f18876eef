package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.UniqueConstraintViolationException;
import dev.dynamobao.engine.internal.expression.Condition;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

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

    /** Puts the constraint item, on condition that it is free or already ours. */
    public static WriteAction claim(String table, EntityModel model, String tenant, UniqueModel unique, String value, String primaryId) {
        ItemKey key = key(model, tenant, unique, value);
        Map<String, AttributeValue> item = new HashMap<>(key.toMap());
        item.put("uniqueValue", AttributeValue.fromS(key.pk()));
        item.put(RELATED_ID, AttributeValue.fromS(primaryId));
        item.put(RELATED_MODEL, AttributeValue.fromS(model.name()));
        if (tenant != null) {
            item.put("_gsi_test_id", AttributeValue.fromS(tenant));
        }
        ExpressionContext context = new ExpressionContext();
        String condition = Condition.or(Condition.attributeNotExists(ItemKey.PK), owned(primaryId, model)).render(context);
        Put put = Put.builder().tableName(table).item(item).conditionExpression(condition)
                .expressionAttributeNames(context.namesOrNull()).expressionAttributeValues(context.valuesOrNull()).build();
        return new WriteAction("claim " + model.name() + "." + unique.field().name() + " '" + value + "'",
                TransactWriteItem.builder().put(put).build(),
                stored -> new UniqueConstraintViolationException(model.name(), unique.field().name(), value, null));
    }

    /** Deletes the constraint item, on condition that it is ours. */
    public static WriteAction release(String table, EntityModel model, String tenant, UniqueModel unique, String value, String primaryId) {
        ItemKey key = key(model, tenant, unique, value);
        ExpressionContext context = new ExpressionContext();
        String condition = owned(primaryId, model).render(context);
        Delete delete = Delete.builder().tableName(table).key(key.toMap()).conditionExpression(condition)
                .expressionAttributeNames(context.namesOrNull()).expressionAttributeValues(context.valuesOrNull()).build();
        String description = "release " + model.name() + "." + unique.field().name() + " '" + value + "'";
        return new WriteAction(description, TransactWriteItem.builder().delete(delete).build(),
                stored -> new dev.dynamobao.BaoException(description + " failed: the constraint item is missing or belongs to"
                        + " another entity; the data is inconsistent (was it written by another tool?)"));
    }

    private static Condition owned(String primaryId, EntityModel model) {
        return Condition.and(Condition.equalTo(RELATED_ID, AttributeValue.fromS(primaryId)),
                Condition.equalTo(RELATED_MODEL, AttributeValue.fromS(model.name())));
    }
}
