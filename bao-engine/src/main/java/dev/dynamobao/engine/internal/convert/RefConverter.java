package dev.dynamobao.engine.internal.convert;

import dev.dynamobao.Ref;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** References ({@code Ref<T>}): {@code S} holding the target's primary id. */
final class RefConverter implements ValueConverter {

    private final Class<?> target;

    RefConverter(Class<?> target) {
        this.target = target;
    }

    @Override
    public FieldType type() {
        return FieldType.RELATED;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        return AttributeValue.fromS(((Ref<?>) value).id());
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        return Ref.to(target, attribute.s());
    }

    @Override
    public String toKeyForm(Object value) {
        return value instanceof Ref<?> ref ? ref.id() : value.toString();
    }

    @Override
    public boolean same(Object left, Object right) {
        if (left instanceof Ref<?> a && right instanceof Ref<?> b) {
            return a.id().equals(b.id());
        }
        return left == right;
    }

    /** The referenced entity class. */
    Class<?> target() {
        return target;
    }
}
