package dev.dynamobao.processor.internal;

/**
 * How the engine stores a field, decided from its declaration at compile time the same way
 * {@code bao-engine}'s converter factory decides it at factory time.
 */
public enum FieldKind {
    /** {@code String}. */
    STRING,
    /** {@code @Email String}. */
    EMAIL,
    /** {@code @Ulid String} or {@code @Id @GeneratedValue String}. */
    ULID,
    /** Integral number. */
    INTEGER,
    /** Floating-point or decimal number. */
    FLOAT,
    /** {@code boolean}/{@code Boolean}. */
    BOOLEAN,
    /** {@code Instant}. */
    DATETIME,
    /** {@code @CreatedDate Instant}. */
    CREATE_DATE,
    /** {@code @ModifiedDate Instant}. */
    MODIFIED_DATE,
    /** {@code @Version String}. */
    VERSION,
    /** {@code @Counter} number. */
    COUNTER,
    /** {@code @Ttl} expiry. */
    TTL,
    /** {@code byte[]}. */
    BINARY,
    /** {@code Set<String>}. */
    STRING_SET,
    /** {@code Ref<T>}. */
    RELATED,
    /** An enum. */
    ENUM,
    /** A converted type ({@code @Convert}, or a type that may get a converter at run time). */
    CUSTOM;

    /** Whether values of this kind may appear in keys (primary, GSI, constraint). */
    public boolean allowedInKeys() {
        return this != BINARY && this != STRING_SET && this != TTL;
    }

    /** Whether unique constraints may use this kind (text-valued only). */
    public boolean textValued() {
        return this == STRING || this == EMAIL || this == ULID || this == RELATED;
    }
}
