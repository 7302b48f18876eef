package dev.dynamobao.engine.internal.convert;

import java.time.Instant;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** TTL fields ({@code Instant} or epoch-seconds {@code Long}): {@code N} epoch seconds; never in keys. */
final class TtlConverter implements ValueConverter {

    private final Class<?> javaType;

    TtlConverter(Class<?> javaType) {
        this.javaType = javaType;
    }

    @Override
    public FieldType type() {
        return FieldType.TTL;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        long seconds = value instanceof Instant instant ? Math.floorDiv(instant.toEpochMilli(), 1000L) : ((Number) value).longValue();
        return AttributeValue.fromN(Long.toString(seconds));
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        long seconds = new java.math.BigDecimal(attribute.n()).longValue();
        return javaType == Instant.class ? Instant.ofEpochSecond(seconds) : (Object) seconds;
    }

    @Override
    public String toKeyForm(Object value) {
        throw new IllegalStateException("TTL fields cannot be used in keys");
    }

    @Override
    public boolean same(Object left, Object right) {
        if (left instanceof Instant a && right instanceof Instant b) {
            return a.getEpochSecond() == b.getEpochSecond();
        }
        return ValueConverter.super.same(left, right);
    }
}
