package dev.dynamobao.engine.internal.convert;

import java.util.Arrays;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Binary fields ({@code byte[]}): {@code B}; never in keys. */
final class BinaryConverter implements ValueConverter {

    @Override
    public FieldType type() {
        return FieldType.BINARY;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        return AttributeValue.fromB(SdkBytes.fromByteArray((byte[]) value));
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        return attribute.b().asByteArray();
    }

    @Override
    public String toKeyForm(Object value) {
        throw new IllegalStateException("Binary fields cannot be used in keys");
    }

    @Override
    public boolean mutableInPlace() {
        return true;
    }

    @Override
    public Object snapshot(Object value) {
        return value == null ? null : ((byte[]) value).clone();
    }

    @Override
    public boolean same(Object left, Object right) {
        if (left instanceof byte[] a && right instanceof byte[] b) {
            return Arrays.equals(a, b);
        }
        return ValueConverter.super.same(left, right);
    }
}
