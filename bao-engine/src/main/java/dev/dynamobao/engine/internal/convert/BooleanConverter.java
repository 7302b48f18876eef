package dev.dynamobao.engine.internal.convert;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Booleans: {@code BOOL}, key form {@code 1}/{@code 0}. */
final class BooleanConverter implements ValueConverter {

    @Override
    public FieldType type() {
        return FieldType.BOOLEAN;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        return AttributeValue.fromBool((Boolean) value);
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        if (attribute.bool() != null) {
            return attribute.bool();
        }
        if (attribute.n() != null) {
            return !"0".equals(attribute.n());
        }
        throw new IllegalArgumentException("expected a boolean (BOOL) but found " + attribute.type());
    }

    @Override
    public String toKeyForm(Object value) {
        return KeyForms.bool((Boolean) value);
    }
}
