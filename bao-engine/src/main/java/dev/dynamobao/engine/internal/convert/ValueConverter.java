package dev.dynamobao.engine.internal.convert;

import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Converts the values of one field type. Every method receives non-null values; absence (null,
 * empty set) is handled by the caller. Implementations are stateless and thread-safe.
 */
public interface ValueConverter {

    /** The field type this converter implements. */
    FieldType type();

    /** The stored attribute for a non-null value; {@code null} means "store nothing" (e.g. an empty set). */
    AttributeValue toAttribute(Object value);

    /** The Java value of a stored attribute (never a {@code NULL} attribute). */
    Object fromAttribute(AttributeValue attribute);

    /** The key form of a non-null value ({@code LAYOUT.md} §5). */
    String toKeyForm(Object value);

    /** A copy for the load snapshot (mutable values such as sets and arrays are copied). */
    default Object snapshot(Object value) {
        return value;
    }

    /**
     * Whether a value can change in place, without a write to the field (a set's elements, an
     * array's bytes, a mutable user type): such fields need a change-tracking set or a comparison
     * with the snapshot, since an enhanced entity's dirty bits cannot see them.
     */
    default boolean mutableInPlace() {
        return false;
    }

    /** Whether two values (either may be null) are the same stored value. */
    default boolean same(Object left, Object right) {
        return Objects.equals(left, right);
    }
}
