package dev.dynamobao.engine.internal.query;

import dev.dynamobao.BaoException;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.model.IndexModel;
import dev.dynamobao.engine.internal.model.KeyShape;
import java.util.List;
import java.util.Objects;

/**
 * Where a query reads: the table's primary key or one GSI slot of a model, with the attributes
 * and fields behind its partition and sort keys ({@code LAYOUT.md} §4, §6). An index that is an
 * alias of the primary key reads {@code _pk}/{@code _sk}. A {@code null} partition or sort field
 * stands for the model prefix.
 */
public final class QueryTarget {

    private final EntityModel model;
    private final String logicalIndex;
    private final IndexModel index;
    private final FieldModel partitionField;
    private final FieldModel sortField;

    private QueryTarget(EntityModel model, String logicalIndex, IndexModel index, FieldModel partitionField, FieldModel sortField) {
        this.model = model;
        this.logicalIndex = logicalIndex;
        this.index = index;
        this.partitionField = partitionField;
        this.sortField = sortField;
    }

    /** The primary key of {@code model}. */
    public static QueryTarget primaryKey(EntityModel model) {
        return new QueryTarget(model, null, null, model.partitionKey(), model.sortKey());
    }

    /**
     * The logical index {@code indexName} of {@code model} ({@code null} = the primary key).
     *
     * @throws BaoException naming the model's indexes when it has none of that name
     */
    public static QueryTarget of(EntityModel model, String indexName) {
        if (indexName == null) {
            return primaryKey(model);
        }
        IndexModel index = model.index(indexName).orElseThrow(() -> new BaoException("Model " + model.name()
                + " has no index '" + indexName + "'. Its indexes are: " + describeIndexes(model)
                + ". Declare it with @Index(name = \"" + indexName + "\", ...) or query the primary key without index(...)."));
        if (index.isPrimaryKeyAlias()) {
            return new QueryTarget(model, indexName, null, model.partitionKey(), model.sortKey());
        }
        return new QueryTarget(model, indexName, index, index.partition(), index.sort());
    }

    /** The index names of a model with their keys, for error messages. */
    public static String describeIndexes(EntityModel model) {
        if (model.indexes().isEmpty()) {
            return "(none)";
        }
        return String.join(", ", model.indexes().stream().map(index -> index.isPrimaryKeyAlias()
                ? index.name() + " (primary key)"
                : index.name() + " (" + index.indexName() + ": " + fieldName(index.partition()) + ", " + fieldName(index.sort()) + ")")
                .toList());
    }

    private static String fieldName(FieldModel field) {
        return field == null ? "modelPrefix" : field.name();
    }

    /** The model. */
    public EntityModel model() {
        return model;
    }

    /** The logical index name, or {@code null} for the primary key. */
    public String logicalIndex() {
        return logicalIndex;
    }

    /** The physical index ({@code gsiN}) to send, or {@code null} for the table's primary key. */
    public String physicalIndex() {
        return index == null ? null : index.indexName();
    }

    /** The field feeding the partition key, or {@code null} when it is the model prefix. */
    public FieldModel partitionField() {
        return partitionField;
    }

    /** The field feeding the sort key, or {@code null} when it is the model prefix. */
    public FieldModel sortField() {
        return sortField;
    }

    /** The partition-key attribute: {@code _pk} or {@code _gsiN_pk}. */
    public String partitionAttribute() {
        return index == null ? LayoutAttributes.PK : LayoutAttributes.indexPartition(index.indexName());
    }

    /** The sort-key attribute: {@code _sk} or {@code _gsiN_sk}. */
    public String sortAttribute() {
        return index == null ? LayoutAttributes.SK : LayoutAttributes.indexSort(index.indexName());
    }

    /** The attributes of an item's key in this target: the table key, plus the index key for a GSI. */
    public List<String> keyAttributes() {
        return index == null ? List.of(LayoutAttributes.PK, LayoutAttributes.SK)
                : List.of(LayoutAttributes.PK, LayoutAttributes.SK, LayoutAttributes.indexPartition(index.indexName()), LayoutAttributes.indexSort(index.indexName()));
    }

    /** What the query reads, for messages: {@code Post index postsForUser} or {@code Post primary key}. */
    public String describe() {
        return model.name() + (logicalIndex == null ? " primary key" : " index " + logicalIndex);
    }

    /**
     * The stored partition-key value for a partition whose key form is {@code keyForm}
     * ({@code null} when the partition key is the model prefix).
     *
     * @param tenant the current tenant, or {@code null}; ignored for models keyed by the model prefix
     *     ({@code LAYOUT.md} §11)
     */
    public String partitionValue(String tenant, String keyForm) {
        String keyTenant = KeyCodec.keyTenant(model, tenant);
        if (index == null) {
            if (model.shape() == KeyShape.PREFIX_PARTITION) {
                return model.prefix();
            }
            return KeyCodec.partition(model, keyTenant, Objects.requireNonNull(keyForm, "keyForm"));
        }
        return KeyCodec.indexPartition(model, keyTenant, index, partitionField == null ? model.prefix() : keyForm);
    }
}
