package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.model.IndexModel;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Turns entities into stored items and stored items into entities ({@code LAYOUT.md} §3–§7). */
public final class ItemMapper {

    private ItemMapper() {
    }

    /** The complete item of {@code entity} at {@code target}: fields, table key, GSI and iteration attributes. */
    public static Map<String, AttributeValue> toItem(WriteTarget target, Object entity) {
        EntityModel model = target.model();
        String tenant = target.keyTenant();
        ItemKey key = target.key();
        String primaryId = target.primaryId();
        // Sized for every field, the table key, two attributes per index and the iteration keys: no rehash.
        Map<String, AttributeValue> item = new HashMap<>(capacityFor(model.fields().size() + 2 * model.indexes().size() + 4));
        for (FieldModel field : model.fields()) {
            AttributeValue value = field.toAttribute(field.get(entity));
            if (value != null) {
                item.put(field.attributeName(), value);
            }
        }
        item.put(LayoutAttributes.PK, AttributeValue.fromS(key.pk()));
        item.put(LayoutAttributes.SK, AttributeValue.fromS(key.sk()));
        for (IndexModel index : model.indexes()) {
            if (index.isPrimaryKeyAlias()) {
                continue;
            }
            Object partition = index.partition() == null ? model.prefix() : index.partition().get(entity);
            Object sort = index.sort() == null ? model.prefix() : index.sort().get(entity);
            if (partition != null && sort != null) {
                item.put(LayoutAttributes.indexPartition(index.indexName()), AttributeValue.fromS(KeyCodec.indexPartition(model, tenant, index,
                        KeyCodec.indexKeyForm(model, index.partition(), partition))));
                item.put(LayoutAttributes.indexSort(index.indexName()), AttributeValue.fromS(KeyCodec.indexKeyForm(model, index.sort(), sort)));
            }
        }
        if (model.iterable()) {
            item.put(LayoutAttributes.ITER_PK, AttributeValue.fromS(KeyCodec.iterationPartition(model, tenant, primaryId)));
            item.put(LayoutAttributes.ITER_SK, AttributeValue.fromS(primaryId));
        }
        return item;
    }

    /**
     * Sets every field of {@code entity} from {@code item}. Absent (or {@code NULL}) attributes read
     * as null, counters as 0 and string sets as empty sets; unknown attributes are ignored.
     *
     * @throws BaoException naming model, attribute and item when a value cannot be read
     */
    public static void fromItem(EntityModel model, Map<String, AttributeValue> item, Object entity) {
        for (FieldModel field : model.fields()) {
            AttributeValue attribute = item.get(field.attributeName());
            Object value;
            if (attribute == null || Boolean.TRUE.equals(attribute.nul())) {
                value = absentValue(field);
            } else {
                try {
                    value = field.converter().fromAttribute(attribute);
                } catch (RuntimeException unreadable) {
                    throw new BaoException("Cannot read " + model.name() + "." + field.name() + " of item "
                            + ItemKey.of(item) + ": " + unreadable.getMessage(), unreadable);
                }
            }
            field.set(entity, value);
        }
    }

    /** The {@code HashMap} capacity holding {@code entries} without a resize. */
    private static int capacityFor(int entries) {
        return (int) (entries / 0.75f) + 1;
    }

    private static Object absentValue(FieldModel field) {
        if (field.type() == FieldType.STRING_SET) {
            return new LinkedHashSet<String>();
        }
        if (field.type() == FieldType.COUNTER) {
            return field.javaType() == Integer.class || field.javaType() == int.class ? (Object) 0 : (Object) 0L;
        }
        return null;
    }
}
