package dev.dynamobao.engine.internal.model;

import dev.dynamobao.annotation.IndexId;

/**
 * A logical index of a model: its physical slot and the fields (or the model prefix, as
 * {@code null}) that feed its partition and sort keys ({@code LAYOUT.md} §6). Its attribute names
 * ({@code _gsiN_pk}/{@code _gsiN_sk}) are spelled by {@code key.LayoutAttributes} from
 * {@link #indexName()}; the model package depends on no other engine package but {@code convert}.
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
}
