package dev.dynamobao.engine.internal.convert;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Strings, e-mails, ULIDs and versions: stored as {@code S}, key form is the text itself. */
final class TextConverter implements ValueConverter {

    private final FieldType type;

    TextConverter(FieldType type) {
        this.type = type;
    }

    @Override
    public FieldType type() {
        return type;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        return AttributeValue.fromS((String) value);
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        if (attribute.s() != null) {
            return attribute.s();
        }
        if (attribute.n() != null) {
            return attribute.n();
        }
        throw new IllegalArgumentException("expected a string (S) but found " + attribute.type());
    }

    @Override
    public String toKeyForm(Object value) {
        return (String) value;
    }
}
