package dev.dynamobao.engine.internal.convert;

import java.math.BigDecimal;
import java.math.BigInteger;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Integers and counters ({@code int}, {@code long}, {@code short}, {@code BigInteger} and boxes): {@code N}, key form pad20. */
final class IntegerConverter implements ValueConverter {

    private final FieldType type;
    private final Class<?> javaType;

    IntegerConverter(FieldType type, Class<?> javaType) {
        this.type = type;
        this.javaType = javaType;
    }

    @Override
    public FieldType type() {
        return type;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        return AttributeValue.fromN(value.toString());
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        String text = attribute.n() != null ? attribute.n() : attribute.s();
        if (text == null) {
            throw new IllegalArgumentException("expected a number (N) but found " + attribute.type());
        }
        return fromNumber(new BigDecimal(text));
    }

    /**
     * The number as the declared Java type; a value that does not fit (or has a fraction) is an
     * error rather than silently truncated.
     */
    Object fromNumber(BigDecimal number) {
        try {
            if (javaType == Integer.class || javaType == int.class) {
                return number.intValueExact();
            }
            if (javaType == Short.class || javaType == short.class) {
                return number.shortValueExact();
            }
            if (javaType == BigInteger.class) {
                return number.toBigIntegerExact();
            }
            return number.longValueExact();
        } catch (ArithmeticException doesNotFit) {
            throw new IllegalArgumentException("the stored number " + number.toPlainString() + " is not a whole number that fits "
                    + javaType.getSimpleName() + "; declare the field with a wider type (long, BigInteger) or as a float type",
                    doesNotFit);
        }
    }

    @Override
    public String toKeyForm(Object value) {
        return KeyForms.pad20(value.toString());
    }
}
