package dev.dynamobao.engine.internal.convert;

import jakarta.persistence.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A user type converted by a Jakarta {@link AttributeConverter} to a supported stored type. Values
 * of a type that may be mutable are snapshotted as an independent copy (through the stored form and
 * back) and compared in their stored form, so a change made inside the value is seen at flush
 * without the user type implementing {@code equals}.
 */
final class CustomConverter implements ValueConverter {

    private final AttributeConverter<Object, Object> userConverter;
    private final ValueConverter stored;
    private final boolean mutable;

    CustomConverter(AttributeConverter<Object, Object> userConverter, ValueConverter stored, boolean mutable) {
        this.userConverter = userConverter;
        this.stored = stored;
        this.mutable = mutable;
    }

    @Override
    public FieldType type() {
        return FieldType.CUSTOM;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        Object column = userConverter.convertToDatabaseColumn(value);
        return column == null ? null : stored.toAttribute(column);
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        return userConverter.convertToEntityAttribute(stored.fromAttribute(attribute));
    }

    @Override
    public String toKeyForm(Object value) {
        Object column = userConverter.convertToDatabaseColumn(value);
        if (column == null) {
            throw new IllegalArgumentException(userConverter.getClass().getSimpleName() + " turned " + value
                    + " into null, which cannot be part of a key");
        }
        return stored.toKeyForm(column);
    }

    @Override
    public boolean mutableInPlace() {
        return mutable;
    }

    @Override
    public Object snapshot(Object value) {
        if (!mutable || value == null) {
            return value;
        }
        Object column = userConverter.convertToDatabaseColumn(value);
        return column == null ? null : userConverter.convertToEntityAttribute(stored.snapshot(column));
    }

    @Override
    public boolean same(Object left, Object right) {
        if (!mutable) {
            return ValueConverter.super.same(left, right);
        }
        Object leftColumn = left == null ? null : userConverter.convertToDatabaseColumn(left);
        Object rightColumn = right == null ? null : userConverter.convertToDatabaseColumn(right);
        return leftColumn == null || rightColumn == null ? leftColumn == rightColumn : stored.same(leftColumn, rightColumn);
    }
}
