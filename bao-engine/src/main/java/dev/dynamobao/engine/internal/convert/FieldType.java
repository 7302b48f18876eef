package dev.dynamobao.engine.internal.convert;

/** The field types of {@code LAYOUT.md} §5 (plus enums and user-converted types). */
public enum FieldType {
    STRING, EMAIL, ULID, INTEGER, FLOAT, BOOLEAN, DATETIME, CREATE_DATE, MODIFIED_DATE,
    VERSION, COUNTER, TTL, BINARY, STRING_SET, RELATED, ENUM, CUSTOM;

    /** Whether values of this type may appear in keys (primary, GSI, constraint). */
    public boolean allowedInKeys() {
        return this != BINARY && this != STRING_SET && this != TTL;
    }

    /** Whether unique constraints may use this type (text-valued only, {@code LAYOUT.md} §16.4). */
    public boolean textValued() {
        return this == STRING || this == EMAIL || this == ULID || this == RELATED;
    }
}
