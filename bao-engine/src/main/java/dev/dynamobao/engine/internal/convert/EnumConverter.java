package dev.dynamobao.engine.internal.convert;

import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Enums: {@code S} holding the constant's name. */
final class EnumConverter implements ValueConverter {

    private final Class<? extends Enum<?>> enumType;
    /** Read once: {@code getEnumConstants()} copies the array on every call, and this runs per item read. */
    private final Enum<?>[] constants;

    EnumConverter(Class<? extends Enum<?>> enumType) {
        this.enumType = enumType;
        this.constants = enumType.getEnumConstants();
    }

    @Override
    public FieldType type() {
        return FieldType.ENUM;
    }

    @Override
    public AttributeValue toAttribute(Object value) {
        return AttributeValue.fromS(((Enum<?>) value).name());
    }

    @Override
    public Object fromAttribute(AttributeValue attribute) {
        String name = attribute.s();
        for (Enum<?> constant : constants) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("'" + name + "' is not a constant of " + enumType.getSimpleName());
    }

    @Override
    public String toKeyForm(Object value) {
        return ((Enum<?>) value).name();
    }
}
