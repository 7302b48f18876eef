package dev.dynamobao.engine.internal.convert;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** String sets ({@code Set<String>}): {@code SS}; an empty set is stored as nothing; never in keys. */
final class StringSetConverter implements ValueConverter {

    @Override
    public FieldType type() {
        return FieldType.STRING_SET;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        Set<?> set = (Set<?>) value;
        if (set.isEmpty()) {
            return null;
        }
        List<String> members = new ArrayList<>(set.size());
        for (Object member : set) {
            members.add((String) member);
        }
        return AttributeValue.fromSs(members);
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        return new LinkedHashSet<>(attribute.ss());
    }

    @Override
    public String toKeyForm(Object value) {
        throw new IllegalStateException("String sets cannot be used in keys");
    }

    @Override
    public Object snapshot(Object value) {
        return value == null ? null : Set.copyOf((Set<?>) value);
    }

    @Override
    public boolean same(Object left, Object right) {
        boolean leftEmpty = left == null || ((Set<?>) left).isEmpty();
        boolean rightEmpty = right == null || ((Set<?>) right).isEmpty();
        if (leftEmpty || rightEmpty) {
            return leftEmpty == rightEmpty;
        }
        return left.equals(right);
    }
}
