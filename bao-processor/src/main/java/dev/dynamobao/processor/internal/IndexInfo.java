package dev.dynamobao.processor.internal;

/**
 * One queryable key of an entity: a logical {@code @Index} or the primary key.
 *
 * @param name the logical name, {@code null} for the primary key itself
 * @param partition the partition-key field, {@code null} for the model prefix
 * @param sort the sort-key field, {@code null} for none or the model prefix
 * @param alias whether it is an {@code IndexId.PRIMARY_KEY} alias
 */
public record IndexInfo(String name, FieldInfo partition, FieldInfo sort, boolean alias) {

    /** Whether the partition key is a {@code Ref}: the index lists the children of a parent entity. */
    public boolean relation() {
        return partition != null && partition.refTarget() != null;
    }

    /** Whether both keys are {@code Ref}s: an index of a many-to-many mapping model. */
    public boolean mapping() {
        return relation() && sort != null && sort.refTarget() != null;
    }
}
