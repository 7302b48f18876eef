package dev.dynamobao.engine.internal.convert;

import dev.dynamobao.Ref;
import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.CreatedDate;
import dev.dynamobao.annotation.Email;
import dev.dynamobao.annotation.ModifiedDate;
import dev.dynamobao.annotation.Ttl;
import dev.dynamobao.annotation.Ulid;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Convert;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Map;
import java.util.Set;

/** Chooses the converter of a field from its Java type and annotations. */
public final class ConverterFactory {

    private static final ValueConverter BOOLEAN = new BooleanConverter();
    private static final ValueConverter BINARY = new BinaryConverter();
    private static final ValueConverter STRING_SET = new StringSetConverter();

    private final Map<Class<?>, AttributeConverter<?, ?>> registered;
    private final EntityIds entityIds = new EntityIds();

    /** Creates a factory that also knows the converters registered on the configuration. */
    public ConverterFactory(Map<Class<?>, AttributeConverter<?, ?>> registered) {
        this.registered = registered;
    }

    /** The primary ids of this factory's entities, used by its {@code Ref} fields (install once the models are built). */
    public EntityIds entityIds() {
        return entityIds;
    }

    /**
     * The converter of {@code field}.
     *
     * @throws UnsupportedFieldTypeException saying why the field cannot be stored
     */
    public ValueConverter forField(Field field) throws UnsupportedFieldTypeException {
        Class<?> type = field.getType();
        Convert convert = field.getAnnotation(Convert.class);
        if (convert != null && !convert.disableConversion() && AttributeConverter.class.isAssignableFrom(convert.converter())) {
            return custom(instantiate(convert.converter()), type);
        }
        AttributeConverter<?, ?> user = registered.get(type);
        if (user != null) {
            return custom(user, type);
        }
        if (field.isAnnotationPresent(Version.class)) {
            require(type == String.class, "@Version fields must be String: DynamoBao stores a fresh ULID on every write");
            return new TextConverter(FieldType.VERSION);
        }
        if (field.isAnnotationPresent(Counter.class)) {
            require(type == Integer.class || type == int.class || type == Long.class || type == long.class,
                    "@Counter fields must be int, long, Integer or Long");
            return new IntegerConverter(FieldType.COUNTER, type);
        }
        if (field.isAnnotationPresent(Ttl.class)) {
            require(type == Instant.class || type == Long.class || type == long.class,
                    "@Ttl fields must be Instant or Long (epoch seconds)");
            return new TtlConverter(type);
        }
        if (field.isAnnotationPresent(CreatedDate.class) || field.isAnnotationPresent(ModifiedDate.class)) {
            require(type == Instant.class, "@CreatedDate/@ModifiedDate fields must be java.time.Instant");
            return new InstantConverter(field.isAnnotationPresent(CreatedDate.class) ? FieldType.CREATE_DATE : FieldType.MODIFIED_DATE);
        }
        if (field.isAnnotationPresent(Email.class)) {
            require(type == String.class, "@Email fields must be String");
            return new TextConverter(FieldType.EMAIL);
        }
        if (field.isAnnotationPresent(Ulid.class)
                || (field.isAnnotationPresent(Id.class) && field.isAnnotationPresent(GeneratedValue.class))) {
            require(type == String.class, "ULID fields (@Ulid, or @Id @GeneratedValue) must be String");
            return new TextConverter(FieldType.ULID);
        }
        return forType(type, field.getGenericType());
    }

    private ValueConverter forType(Class<?> type, Type genericType) throws UnsupportedFieldTypeException {
        if (type == String.class) {
            return new TextConverter(FieldType.STRING);
        }
        if (isIntegral(type)) {
            return new IntegerConverter(FieldType.INTEGER, type);
        }
        if (type == Double.class || type == double.class || type == Float.class || type == float.class
                || type == BigDecimal.class) {
            return new FloatConverter(type);
        }
        if (type == Boolean.class || type == boolean.class) {
            return BOOLEAN;
        }
        if (type == Instant.class) {
            return new InstantConverter(FieldType.DATETIME);
        }
        if (type == byte[].class) {
            return BINARY;
        }
        if (type == Set.class) {
            require(typeArgument(genericType) == String.class, "only Set<String> is supported (stored as a string set)");
            return STRING_SET;
        }
        if (type == Ref.class) {
            Type target = typeArgument(genericType);
            require(target instanceof Class<?>, "a Ref field needs a concrete type argument, e.g. Ref<User>");
            return new RefConverter((Class<?>) target, entityIds);
        }
        if (type.isEnum()) {
            @SuppressWarnings("unchecked")
            Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) type;
            return new EnumConverter(enumType);
        }
        throw new UnsupportedFieldTypeException("type " + type.getTypeName() + " is not supported; use String, a number,"
                + " Boolean, Instant, byte[], Set<String>, Ref<T>, an enum, or register a jakarta.persistence.AttributeConverter"
                + " (@Convert on the field, or Bao.configure().converter(type, converter))");
    }

    private static boolean isIntegral(Class<?> type) {
        return type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class;
    }

    private ValueConverter custom(AttributeConverter<?, ?> converter, Class<?> fieldType) throws UnsupportedFieldTypeException {
        Class<?> column = columnType(converter.getClass());
        require(column != null, converter.getClass().getName() + " must implement AttributeConverter<X, Y> with a concrete Y");
        ValueConverter stored;
        try {
            stored = forType(column, column);
        } catch (UnsupportedFieldTypeException unsupported) {
            throw new UnsupportedFieldTypeException("converter " + converter.getClass().getSimpleName()
                    + " produces " + column.getSimpleName() + ", which is not a stored type (String, Long, Integer, Double,"
                    + " BigDecimal, Boolean, byte[])");
        }
        @SuppressWarnings("unchecked")
        AttributeConverter<Object, Object> typed = (AttributeConverter<Object, Object>) converter;
        return new CustomConverter(typed, stored, !immutable(fieldType));
    }

    /**
     * Whether values of {@code type} are known to be immutable (so they cannot change in place):
     * primitives and their boxes, strings, enums and the immutable value types of {@code java.math},
     * {@code java.time} and {@code java.util.UUID}. Anything else, records included (a component may
     * be mutable), is compared at every flush.
     */
    private static boolean immutable(Class<?> type) {
        return type.isPrimitive() || type.isEnum() || type == String.class || type == Boolean.class
                || type == Character.class || Number.class.isAssignableFrom(type) && type.getName().startsWith("java.lang.")
                || type == BigDecimal.class || type == BigInteger.class || type == java.util.UUID.class
                || type.getName().startsWith("java.time.") && !type.isInterface();
    }

    private static Class<?> columnType(Class<?> converterClass) {
        for (Class<?> type = converterClass; type != null && type != Object.class; type = type.getSuperclass()) {
            for (Type candidate : type.getGenericInterfaces()) {
                if (candidate instanceof ParameterizedType parameterized
                        && parameterized.getRawType() == AttributeConverter.class
                        && parameterized.getActualTypeArguments()[1] instanceof Class<?> column) {
                    return column;
                }
            }
        }
        return null;
    }

    private static AttributeConverter<?, ?> instantiate(Class<?> converterClass) throws UnsupportedFieldTypeException {
        try {
            return (AttributeConverter<?, ?>) converterClass.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | ClassCastException failure) {
            throw new UnsupportedFieldTypeException("converter " + converterClass.getName()
                    + " must be an AttributeConverter with a public no-arg constructor (" + failure + ")");
        }
    }

    private static Type typeArgument(Type genericType) {
        return genericType instanceof ParameterizedType parameterized ? parameterized.getActualTypeArguments()[0] : null;
    }

    private static void require(boolean condition, String reason) throws UnsupportedFieldTypeException {
        if (!condition) {
            throw new UnsupportedFieldTypeException(reason);
        }
    }

    /** The target entity class of a reference converter, or {@code null} for other converters. */
    public static Class<?> referenceTarget(ValueConverter converter) {
        return converter instanceof RefConverter ref ? ref.target() : null;
    }
}
