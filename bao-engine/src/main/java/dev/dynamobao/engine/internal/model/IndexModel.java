package dev.dynamobao.engine.internal.model;

import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.engine.internal.key.LayoutAttributes;

/**
 * A logical index of a model: its physical slot and the fields (or the model prefix, as
 * {@code null}) that feed its partition and sort keys ({@code LAYOUT.md} §6).
 *
 * @param name logical name used in queries
 * @param id physical slot, or {@link IndexId#PRIMARY_KEY} for an alias of the primary key
 * @param partition field of the partition key, {@code null} = the model prefix
 * @param sort field of the sort key, {@code null} = the model prefix
 */
public record IndexModel(String name, IndexId id, FieldModel partition, FieldModel sort) {

    /** Whether this is only another name of the primary key. */
    public boolean isPrimaryKeyAlias() {
        return id == IndexId.PRIMARY_KEY;
    }

    /** The {@code gsiN} text, or {@code null} for an alias. */
    public String indexName() {
        return id.indexName();
    }

    /** {@code _gsiN_pk} (spelled by {@link LayoutAttributes}). */
    public String partitionAttribute() {
        return LayoutAttributes.indexPartition(indexName());
    }

    /** {@code _gsiN_sk} (spelled by {@link LayoutAttributes}). */
    public String sortAttribute() {
        return LayoutAttributes.indexSort(indexName());
    }
}
