package dev.dynamobao.codegen.internal.model;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The field types of dynamo-bao's {@code models.yaml} ({@code src/fields.js} of dynamo-bao 0.4.2, plus
 * the newer {@code EmailField}), each with the option keys its YAML may carry and how it maps to Java.
 */
public enum FieldType {
    /** Text. */
    STRING("StringField", true, true, true, "defaultValue"),
    /** Text validated as an e-mail address (newer dynamo-bao versions). */
    EMAIL("EmailField", true, true, true, "defaultValue"),
    /** Whole number. */
    INTEGER("IntegerField", true, false, true, "defaultValue"),
    /** Floating point number; {@code precision} rounds in dynamo-bao. */
    FLOAT("FloatField", true, false, true, "defaultValue", "precision"),
    /** True or false. */
    BOOLEAN("BooleanField", true, false, true, "defaultValue"),
    /** A point in time, stored as epoch milliseconds. */
    DATE_TIME("DateTimeField", true, false, false),
    /** Set on creation. */
    CREATE_DATE("CreateDateField", true, false, false),
    /** Set on every write. */
    MODIFIED_DATE("ModifiedDateField", true, false, false),
    /** A ULID; {@code autoAssign} generates one. */
    ULID("UlidField", true, true, false, "autoAssign"),
    /** A reference to another model ({@code model}). */
    RELATED("RelatedField", true, true, false, "model"),
    /** An atomic counter. */
    COUNTER("CounterField", true, false, true, "defaultValue"),
    /** Raw bytes. */
    BINARY("BinaryField", false, false, false),
    /** A fresh ULID on every write (optimistic locking). */
    VERSION("VersionField", true, true, false),
    /** Expiry time; the field must be named {@code ttl}. */
    TTL("TtlField", false, false, false),
    /** A set of texts. */
    STRING_SET("StringSetField", false, false, false, "maxStringLength", "maxMemberCount");

    private final String yamlName;
    private final boolean keyable;
    private final boolean textValued;
    private final boolean literalDefault;
    private final List<String> options;

    FieldType(String yamlName, boolean keyable, boolean textValued, boolean literalDefault, String... extraOptions) {
        this.yamlName = yamlName;
        this.keyable = keyable;
        this.textValued = textValued;
        this.literalDefault = literalDefault;
        this.options = java.util.stream.Stream.concat(java.util.stream.Stream.of("type", "required"), Arrays.stream(extraOptions)).toList();
    }

    /** The name used in YAML, e.g. {@code StringField}. */
    public String yamlName() {
        return yamlName;
    }

    /** Whether the field may be part of a primary key or an index. */
    public boolean keyable() {
        return keyable;
    }

    /** Whether a unique constraint may use the field (LAYOUT.md §16.4: String, Email, ULID, Related). */
    public boolean uniqueable() {
        return textValued && this != VERSION;
    }

    /** Whether a YAML {@code defaultValue} becomes a Java field initializer. */
    public boolean literalDefault() {
        return literalDefault;
    }

    /** The keys a field of this type may carry. */
    public List<String> options() {
        return options;
    }

    /** The type of a YAML name such as {@code StringField}. */
    public static Optional<FieldType> ofYamlName(String name) {
        return Arrays.stream(values()).filter(t -> t.yamlName.equals(name)).findFirst();
    }

    /** Every YAML name, in declaration order. */
    public static List<String> yamlNames() {
        return Arrays.stream(values()).map(FieldType::yamlName).toList();
    }
}
