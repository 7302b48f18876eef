package dev.dynamobao.engine.internal.convert;

import jakarta.persistence.AttributeConverter;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** A user type converted by a Jakarta {@link AttributeConverter} to a supported stored type. */
final class CustomConverter implements ValueConverter {

    private final AttributeConverter<Object, Object> userConverter;
    private final ValueConverter stored;

    CustomConverter(AttributeConverter<Object, Object> userConverter, ValueConverter stored) {
        this.userConverter = userConverter;
        this.stored = stored;
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
}
