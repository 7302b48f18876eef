package dev.dynamobao.engine.internal.convert;

import java.math.BigDecimal;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Floats ({@code double}, {@code float}, {@code BigDecimal}): {@code N}, key form JS exponential. */
final class FloatConverter implements ValueConverter {

    private final Class<?> javaType;

    FloatConverter(Class<?> javaType) {
        this.javaType = javaType;
    }

    @Override
    public FieldType type() {
        return FieldType.FLOAT;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        if (value instanceof BigDecimal decimal) {
            return AttributeValue.fromN(decimal.toString());
        }
        return AttributeValue.fromN(KeyForms.floatingStored(asDouble(value)));
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        String text = attribute.n() != null ? attribute.n() : attribute.s();
        if (text == null) {
            throw new IllegalArgumentException("expected a number (N) but found " + attribute.type());
        }
        BigDecimal number = new BigDecimal(text);
        if (javaType == BigDecimal.class) {
            return number;
        }
        if (javaType == Float.class || javaType == float.class) {
            return number.floatValue();
        }
        return number.doubleValue();
    }

    @Override
    public String toKeyForm(Object value) {
        return KeyForms.floating(asDouble(value));
    }

    /**
     * The double JavaScript sees for {@code value}. A Java {@code float} is widened through its own
     * shortest decimal ({@code 0.1f} is stored and keyed as {@code 0.1}, not {@code 0.10000000149011612}),
     * so that the stored number and the key form agree with what JS computes from the stored number.
     */
    private static double asDouble(Object value) {
        if (value instanceof Float single) {
            return Double.parseDouble(Float.toString(single));
        }
        return ((Number) value).doubleValue();
    }

    @Override
    public boolean same(Object left, Object right) {
        if (left instanceof BigDecimal a && right instanceof BigDecimal b) {
            return a.compareTo(b) == 0;
        }
        return ValueConverter.super.same(left, right);
    }
}
