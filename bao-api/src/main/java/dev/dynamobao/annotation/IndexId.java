package dev.dynamobao.annotation;

/**
 * The physical index slot a logical index uses. The five GSIs are shared by every model of the
 * table and kept apart by the model prefix ({@code LAYOUT.md} §2, §6).
 */
public enum IndexId {
    /** Global secondary index {@code gsi1} ({@code _gsi1_pk}/{@code _gsi1_sk}). */
    GSI1,
    /** Global secondary index {@code gsi2}. */
    GSI2,
    /** Global secondary index {@code gsi3}. */
    GSI3,
    /** Global secondary index {@code gsi4}. */
    GSI4,
    /** Global secondary index {@code gsi5}. */
    GSI5,
    /** Not a GSI: an alias of the primary key, queried on {@code _pk}/{@code _sk}. */
    PRIMARY_KEY;

    /** The DynamoDB index name, such as {@code gsi1}; {@code null} for {@link #PRIMARY_KEY}. */
    public String indexName() {
        return this == PRIMARY_KEY ? null : name().toLowerCase(java.util.Locale.ROOT);
    }
}
