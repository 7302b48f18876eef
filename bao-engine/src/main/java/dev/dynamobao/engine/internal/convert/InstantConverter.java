package dev.dynamobao.engine.internal.convert;

import java.time.Instant;
import java.time.OffsetDateTime;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Dates ({@code Instant}) of DateTime, CreateDate and ModifiedDate fields: {@code N} epoch
 * milliseconds, key form pad20; an ISO {@code S} value (a JS quirk for CreateDate) is read too.
 */
final class InstantConverter implements ValueConverter {

    private final FieldType type;

    InstantConverter(FieldType type) {
        this.type = type;
    }

    @Override
    public FieldType type() {
        return type;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        return AttributeValue.fromN(Long.toString(((Instant) value).toEpochMilli()));
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        if (attribute.n() != null) {
            return Instant.ofEpochMilli(new java.math.BigDecimal(attribute.n()).longValue());
        }
        if (attribute.s() != null) {
            String text = attribute.s();
            return text.chars().allMatch(Character::isDigit)
                    ? Instant.ofEpochMilli(Long.parseLong(text))
                    : OffsetDateTime.parse(text).toInstant();
        }
        throw new IllegalArgumentException("expected epoch millis (N) but found " + attribute.type());
    }

    @Override
    public String toKeyForm(Object value) {
        return KeyForms.dateTime(((Instant) value).toEpochMilli());
    }

    @Override
    public boolean same(Object left, Object right) {
        if (left instanceof Instant a && right instanceof Instant b) {
            return a.toEpochMilli() == b.toEpochMilli();
        }
        return ValueConverter.super.same(left, right);
    }
}
