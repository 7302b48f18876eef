package dev.dynamobao.engine.internal.model;

/** The three primary-key shapes of {@code LAYOUT.md} §4.1. */
public enum KeyShape {
    /** Partition key field, sort key = model prefix. */
    PARTITION_ONLY,
    /** Partition key field and sort key field; primary id {@code pk##__SK__##sk}. */
    COMPOSITE,
    /** Partition key = model prefix, sort key field. */
    PREFIX_PARTITION
}
