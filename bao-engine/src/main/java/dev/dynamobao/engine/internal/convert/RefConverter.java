package dev.dynamobao.engine.internal.convert;

import dev.dynamobao.Ref;
import dev.dynamobao.spi.RefBinding;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** References ({@code Ref<T>}): {@code S} holding the target's primary id. */
final class RefConverter implements ValueConverter {

    private final Class<?> target;
    private final EntityIds entityIds;

    RefConverter(Class<?> target, EntityIds entityIds) {
        this.target = target;
        this.entityIds = entityIds;
    }

    @Override
    public FieldType type() {
        return FieldType.RELATED;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        return AttributeValue.fromS(RefBinding.id((Ref<?>) value, entityIds));
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        return Ref.to(target, attribute.s());
    }

    @Override
    public String toKeyForm(Object value) {
        return value instanceof Ref<?> ref ? RefBinding.id(ref, entityIds) : value.toString();
    }

    @Override
    public boolean same(Object left, Object right) {
        if (left instanceof Ref<?> a && right instanceof Ref<?> b) {
            return RefBinding.id(a, entityIds).equals(RefBinding.id(b, entityIds));
        }
        return left == right;
    }

    /** The referenced entity class. */
    Class<?> target() {
        return target;
    }
}
