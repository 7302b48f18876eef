package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.EntityNotFoundException;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.expression.Condition;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.expression.UpdateExpressionBuilder;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.lifecycle.Ulids;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.model.IndexModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ReturnValuesOnConditionCheckFailure;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;

/**
 * Plans the minimal {@code UpdateItem} of a changed entity ({@code LAYOUT.md} §10, §16): SET for
 * changed values, REMOVE for nulls, ADD/DELETE for string-set elements, ADD for counter deltas,
 * the modification date, a fresh version conditioned on the loaded one, the GSI attributes whose
 * sources changed, the iteration attributes, an existence condition, and the unique-constraint
 * swaps in the same transaction.
 */
public final class UpdateOperation {

    private UpdateOperation() {
    }

    /**
     * Plans the update.
     *
     * @param candidates fields that may have changed (by dirty bit or because they are compared anyway)
     * @param loaded the field values as loaded (or as last written), by field index
     * @return the plan; {@link UpdatePlan#NOTHING} when no value differs
     */
    public static UpdatePlan plan(String table, EntityModel model, Object entity, String tenant, ItemKey key, String primaryId,
                                  boolean[] candidates, Object[] loaded, Instant now) {
        List<FieldModel> changed = new ArrayList<>();
        for (FieldModel field : model.fields()) {
            if (!candidates[field.index()] || field.type() == FieldType.VERSION || field.type() == FieldType.MODIFIED_DATE) {
                continue;
            }
            if (!field.converter().same(loaded[field.index()], field.get(entity))) {
                if (field == model.partitionKey() || field == model.sortKey()) {
                    throw new ValidationException(model.name() + "." + field.name() + " is part of the primary key and cannot"
                            + " change (was '" + loaded[field.index()] + "'); remove the entity and persist a new one");
                }
                changed.add(field);
            }
        }
        if (changed.isEmpty()) {
            return UpdatePlan.NOTHING;
        }
        ExpressionContext context = new ExpressionContext();
        UpdateExpressionBuilder update = new UpdateExpressionBuilder(context);
        Map<FieldModel, Object> generated = new HashMap<>();
        for (FieldModel field : model.fields()) {
            if (field.type() == FieldType.MODIFIED_DATE) {
                generated.put(field, now);
            } else if (field.type() == FieldType.VERSION) {
                generated.put(field, Ulids.next());
            }
        }
        for (FieldModel field : changed) {
            writeChange(update, field, loaded[field.index()], field.get(entity));
        }
        generated.forEach((field, value) -> update.set(field.attributeName(), field.toAttribute(value)));
        writeIndexes(update, model, entity, tenant, changed, generated);
        if (model.iterable()) {
            update.set(ItemMapper.ITER_PK, AttributeValue.fromS(KeyCodec.iterationPartition(model, tenant, primaryId)));
            update.set(ItemMapper.ITER_SK, AttributeValue.fromS(primaryId));
        }
        Condition condition = Condition.attributeExists(ItemKey.PK);
        FieldModel version = model.version();
        if (version != null) {
            Object loadedVersion = loaded[version.index()];
            condition = Condition.and(condition, loadedVersion == null
                    ? Condition.attributeNotExists(version.attributeName())
                    : Condition.equalTo(version.attributeName(), AttributeValue.fromS((String) loadedVersion)));
        }
        String updateExpression = update.build();
        String conditionExpression = condition.render(context);
        Update request = Update.builder().tableName(table).key(key.toMap()).updateExpression(updateExpression)
                .conditionExpression(conditionExpression).expressionAttributeNames(context.namesOrNull())
                .expressionAttributeValues(context.valuesOrNull())
                .returnValuesOnConditionCheckFailure(ReturnValuesOnConditionCheckFailure.ALL_OLD).build();
        List<WriteAction> actions = new ArrayList<>(uniqueSwaps(table, model, entity, tenant, primaryId, changed, loaded));
        actions.add(new WriteAction("update " + model.name() + " '" + primaryId + "'", TransactWriteItem.builder().update(request).build(),
                stored -> stored == null
                        ? new EntityNotFoundException(model.name() + " '" + primaryId + "' no longer exists; it was deleted"
                                + " after it was loaded (updates never re-create deleted items)")
                        : new OptimisticLockException(model.name(), primaryId, null)));
        return new UpdatePlan(actions, generated);
    }

    private static void writeChange(UpdateExpressionBuilder update, FieldModel field, Object before, Object after) {
        String attribute = field.attributeName();
        if (field.type() == FieldType.COUNTER && after != null) {
            BigInteger delta = toBigInteger(after).subtract(before == null ? BigInteger.ZERO : toBigInteger(before));
            update.add(attribute, AttributeValue.fromN(delta.toString()));
            return;
        }
        if (field.type() == FieldType.STRING_SET) {
            writeSetChange(update, attribute, before, after);
            return;
        }
        AttributeValue value = field.toAttribute(after);
        if (value == null) {
            update.remove(attribute);
        } else {
            update.set(attribute, value);
        }
    }

    private static void writeSetChange(UpdateExpressionBuilder update, String attribute, Object before, Object after) {
        Set<?> old = before == null ? Set.of() : (Set<?>) before;
        Set<?> now = after == null ? Set.of() : (Set<?>) after;
        Set<String> added = new LinkedHashSet<>();
        now.forEach(element -> {
            if (!old.contains(element)) {
                added.add((String) element);
            }
        });
        Set<String> removed = new LinkedHashSet<>();
        old.forEach(element -> {
            if (!now.contains(element)) {
                removed.add((String) element);
            }
        });
        if (now.isEmpty()) {
            update.remove(attribute);
        } else if (removed.isEmpty()) {
            update.add(attribute, AttributeValue.builder().ss(added).build());
        } else if (added.isEmpty()) {
            update.delete(attribute, AttributeValue.builder().ss(removed).build());
        } else {
            update.set(attribute, AttributeValue.builder().ss(now.stream().map(String.class::cast).toList()).build());
        }
    }

    private static void writeIndexes(UpdateExpressionBuilder update, EntityModel model, Object entity, String tenant,
                                     List<FieldModel> changed, Map<FieldModel, Object> generated) {
        for (IndexModel index : model.indexes()) {
            if (index.isPrimaryKeyAlias() || !affected(index, changed, generated)) {
                continue;
            }
            Object partition = index.partition() == null ? model.prefix() : currentValue(index.partition(), entity, generated);
            Object sort = index.sort() == null ? model.prefix() : currentValue(index.sort(), entity, generated);
            if (partition == null || sort == null) {
                update.remove(index.partitionAttribute());
                update.remove(index.sortAttribute());
            } else {
                update.set(index.partitionAttribute(), AttributeValue.fromS(KeyCodec.indexPartition(model, tenant, index,
                        KeyCodec.indexKeyForm(model, index.partition(), partition))));
                update.set(index.sortAttribute(), AttributeValue.fromS(KeyCodec.indexKeyForm(model, index.sort(), sort)));
            }
        }
    }

    private static boolean affected(IndexModel index, List<FieldModel> changed, Map<FieldModel, Object> generated) {
        return index.partition() == null || index.sort() == null
                || changed.contains(index.partition()) || changed.contains(index.sort())
                || generated.containsKey(index.partition()) || generated.containsKey(index.sort());
    }

    private static Object currentValue(FieldModel field, Object entity, Map<FieldModel, Object> generated) {
        return generated.containsKey(field) ? generated.get(field) : field.get(entity);
    }

    private static List<WriteAction> uniqueSwaps(String table, EntityModel model, Object entity, String tenant, String primaryId,
                                                 List<FieldModel> changed, Object[] loaded) {
        List<WriteAction> swaps = new ArrayList<>();
        for (UniqueModel unique : model.uniques()) {
            FieldModel field = unique.field();
            if (!changed.contains(field)) {
                continue;
            }
            Object before = loaded[field.index()];
            Object after = field.get(entity);
            if (before != null) {
                swaps.add(ConstraintActions.release(table, model, tenant, unique, ConstraintActions.valueText(unique, before), primaryId));
            }
            if (after != null) {
                swaps.add(ConstraintActions.claim(table, model, tenant, unique, ConstraintActions.valueText(unique, after), primaryId));
            }
        }
        return swaps;
    }

    private static BigInteger toBigInteger(Object number) {
        return number instanceof BigInteger big ? big : BigInteger.valueOf(((Number) number).longValue());
    }
}
