package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import dev.dynamobao.EntityNotFoundException;
import dev.dynamobao.OptimisticLockException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.expression.Condition;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.expression.UpdateExpressionBuilder;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.engine.internal.lifecycle.Ulids;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.model.IndexModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

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
     * Plans the update of the entity at {@code target}.
     *
     * @param candidates fields that may have changed (by dirty bit or because they are compared anyway)
     * @param loaded the field values as loaded (or as last written), by field index
     * @param stillExists asked only after a failed condition of a versioned entity, to tell a
     *     deleted item (not found) from a version conflict
     * @return the plan; {@link UpdatePlan#NOTHING} when no value differs
     */
    public static UpdatePlan plan(WriteTarget target, Object entity, boolean[] candidates, Object[] loaded, Instant now,
                                  BooleanSupplier stillExists) {
        EntityModel model = target.model();
        String tenant = target.keyTenant();
        String primaryId = target.primaryId();
        List<FieldModel> fields = model.fields();
        boolean[] changed = null;
        List<FieldModel> changedFields = null;
        Object[] current = null;
        for (int i = 0; i < fields.size(); i++) {
            FieldModel field = fields.get(i);
            if (!candidates[i] || field.type() == FieldType.VERSION || field.type() == FieldType.MODIFIED_DATE) {
                continue;
            }
            Object value = field.get(entity);
            if (!field.converter().same(loaded[i], value)) {
                if (field == model.partitionKey() || field == model.sortKey()) {
                    throw new ValidationException(model.name() + "." + field.name() + " is part of the primary key and cannot"
                            + " change (was '" + loaded[i] + "'); remove the entity and persist a new one");
                }
                if (changed == null) {
                    changed = new boolean[fields.size()];
                    changedFields = new ArrayList<>(4);
                    current = new Object[fields.size()];
                }
                changed[i] = true;
                changedFields.add(field);
                current[i] = value;
            }
        }
        if (changed == null) {
            return UpdatePlan.NOTHING;
        }
        ExpressionContext context = new ExpressionContext();
        UpdateExpressionBuilder update = new UpdateExpressionBuilder(context);
        for (FieldModel field : changedFields) {
            writeChange(update, field, loaded[field.index()], current[field.index()]);
        }
        Map<FieldModel, Object> generated = new LinkedHashMap<>(4);
        boolean[] isGenerated = new boolean[fields.size()];
        for (FieldModel field : fields) {
            Object value = field.type() == FieldType.MODIFIED_DATE ? now
                    : field.type() == FieldType.VERSION ? Ulids.next() : null;
            if (value != null) {
                generated.put(field, value);
                isGenerated[field.index()] = true;
                current[field.index()] = value;
                update.set(field.attributeName(), field.toAttribute(value));
            }
        }
        writeIndexes(update, target, entity, changed, isGenerated, current);
        if (model.iterable()) {
            update.set(LayoutAttributes.ITER_PK, AttributeValue.fromS(KeyCodec.iterationPartition(model, tenant, primaryId)));
            update.set(LayoutAttributes.ITER_SK, AttributeValue.fromS(primaryId));
        }
        String updateExpression = update.build();
        String conditionExpression = condition(model, loaded).render(context);
        // No ReturnValuesOnConditionCheckFailure: it would add ~48 bytes to every update for the
        // rare failure, which one consistent read tells apart instead (conditionFailure).
        ItemWrite request = ItemWrite.update(target.table(), target.key(), updateExpression, conditionExpression, context);
        List<WriteAction> actions = uniqueSwaps(target, entity, changed, loaded);
        actions.add(new WriteAction("update " + target.describe(), request,
                stored -> conditionFailure(model, primaryId, stored, stillExists), outcome(model, primaryId, changedFields, generated)));
        return new UpdatePlan(actions, changedFields, generated);
    }

    /**
     * How this update's outcome is told after a lost response: a versioned update stores a fresh
     * version, so an item carrying it proves the update applied, and its condition on the loaded
     * version lets it apply at most once however often it is sent. An unversioned update is
     * idempotent (SET, REMOVE, set ADD/DELETE give the same item when applied twice) unless it
     * increments a counter.
     */
    private static WriteOutcome outcome(EntityModel model, String primaryId, List<FieldModel> changedFields,
                                        Map<FieldModel, Object> generated) {
        FieldModel version = model.version();
        if (version != null) {
            String written = (String) generated.get(version);
            AttributeValue stamp = AttributeValue.fromS(written);
            return new WriteOutcome(model.name(), primaryId, "update", written, "Reload it with find(" + model.name() + ", '"
                    + primaryId + "'): the update was applied if its " + version.name() + " is '" + written + "'.", true,
                    stored -> StoredItems.carries(stored, version.attributeName(), stamp));
        }
        boolean counter = changedFields.stream().anyMatch(field -> field.type() == FieldType.COUNTER);
        WriteOutcome outcome = new WriteOutcome(model.name(), primaryId, "update", null, "Reload it with find(" + model.name()
                + ", '" + primaryId + "') and compare the changed fields" + (counter ? " (counters included)" : "") + ".", true,
                stored -> false);
        return counter ? outcome.notRepeatable() : outcome;
    }

    /**
     * The exception for a failed update condition: without a version only the existence check can
     * fail; with one, the item is either gone or carries another version.
     */
    private static BaoException conditionFailure(EntityModel model, String primaryId, Map<String, AttributeValue> stored,
                                                 BooleanSupplier stillExists) {
        EntityNotFoundException notFound = new EntityNotFoundException(model.name() + " '" + primaryId + "' no longer exists;"
                + " it was deleted after it was loaded (updates never re-create deleted items)");
        if (stored != null) {
            return new OptimisticLockException(model.name(), primaryId, null);
        }
        if (model.version() == null) {
            return notFound;
        }
        try {
            return stillExists.getAsBoolean() ? new OptimisticLockException(model.name(), primaryId, null) : notFound;
        } catch (RuntimeException probeFailed) {
            OptimisticLockException conflict = new OptimisticLockException(model.name(), primaryId, null);
            conflict.addSuppressed(probeFailed);
            return conflict;
        }
    }

    /**
     * The item must exist (an update is never an upsert, {@code LAYOUT.md} §16.10) and, for a
     * versioned model, still carry the loaded version. An equality on the version already fails
     * for a missing item, so {@code attribute_exists(_pk)} is only added when there is none.
     */
    private static Condition condition(EntityModel model, Object[] loaded) {
        FieldModel version = model.version();
        Object loadedVersion = version == null ? null : loaded[version.index()];
        if (loadedVersion != null) {
            return Condition.equalTo(version.attributeName(), AttributeValue.fromS((String) loadedVersion));
        }
        Condition exists = Condition.attributeExists(LayoutAttributes.PK);
        return version == null ? exists : Condition.and(exists, Condition.attributeNotExists(version.attributeName()));
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

    /** {@code LAYOUT.md} §10: only additions → ADD, only removals → DELETE, both → SET the set, empty → REMOVE. */
    private static void writeSetChange(UpdateExpressionBuilder update, String attribute, Object before, Object after) {
        Set<?> old = before == null ? Set.of() : (Set<?>) before;
        Set<?> now = after == null ? Set.of() : (Set<?>) after;
        if (now.isEmpty()) {
            update.remove(attribute);
            return;
        }
        List<String> added = new ArrayList<>();
        for (Object element : now) {
            if (!old.contains(element)) {
                added.add((String) element);
            }
        }
        List<String> removed = new ArrayList<>();
        for (Object element : old) {
            if (!now.contains(element)) {
                removed.add((String) element);
            }
        }
        if (removed.isEmpty()) {
            update.add(attribute, AttributeValue.builder().ss(added).build());
        } else if (added.isEmpty()) {
            update.delete(attribute, AttributeValue.builder().ss(removed).build());
        } else {
            List<String> all = new ArrayList<>(now.size());
            now.forEach(element -> all.add((String) element));
            update.set(attribute, AttributeValue.builder().ss(all).build());
        }
    }

    /**
     * Rewrites the GSI attributes of every index whose partition or sort source is part of the
     * write ({@code LAYOUT.md} §6.1; a model-prefix source always is), and removes both when a
     * source is now null (§16.3: the item leaves the sparse index).
     */
    private static void writeIndexes(UpdateExpressionBuilder update, WriteTarget target, Object entity,
                                     boolean[] changed, boolean[] generated, Object[] current) {
        EntityModel model = target.model();
        String tenant = target.keyTenant();
        for (IndexModel index : model.indexes()) {
            if (index.isPrimaryKeyAlias() || !affected(index, changed, generated)) {
                continue;
            }
            Object partition = index.partition() == null ? model.prefix() : currentValue(index.partition(), entity, changed, generated, current);
            Object sort = index.sort() == null ? model.prefix() : currentValue(index.sort(), entity, changed, generated, current);
            if (partition == null || sort == null) {
                update.remove(LayoutAttributes.indexPartition(index.indexName()));
                update.remove(LayoutAttributes.indexSort(index.indexName()));
            } else {
                update.set(LayoutAttributes.indexPartition(index.indexName()), AttributeValue.fromS(KeyCodec.indexPartition(model, tenant, index,
                        KeyCodec.indexKeyForm(model, index.partition(), partition))));
                update.set(LayoutAttributes.indexSort(index.indexName()), AttributeValue.fromS(KeyCodec.indexKeyForm(model, index.sort(), sort)));
            }
        }
    }

    private static boolean affected(IndexModel index, boolean[] changed, boolean[] generated) {
        return index.partition() == null || index.sort() == null
                || isSet(changed, index.partition()) || isSet(changed, index.sort())
                || isSet(generated, index.partition()) || isSet(generated, index.sort());
    }

    private static boolean isSet(boolean[] flags, FieldModel field) {
        return flags[field.index()];
    }

    private static Object currentValue(FieldModel field, Object entity, boolean[] changed, boolean[] generated, Object[] current) {
        return changed[field.index()] || generated[field.index()] ? current[field.index()] : field.get(entity);
    }

    private static List<WriteAction> uniqueSwaps(WriteTarget target, Object entity, boolean[] changed, Object[] loaded) {
        List<WriteAction> swaps = new ArrayList<>(2);
        for (UniqueModel unique : target.model().uniques()) {
            FieldModel field = unique.field();
            if (!changed[field.index()]) {
                continue;
            }
            Object before = loaded[field.index()];
            Object after = field.get(entity);
            if (before != null) {
                swaps.add(ConstraintActions.release(target, unique, ConstraintActions.valueText(unique, before)));
            }
            if (after != null) {
                swaps.add(ConstraintActions.claim(target, unique, ConstraintActions.valueText(unique, after)));
            }
        }
        return swaps;
    }

    private static BigInteger toBigInteger(Object number) {
        return number instanceof BigInteger big ? big : BigInteger.valueOf(((Number) number).longValue());
    }
}
