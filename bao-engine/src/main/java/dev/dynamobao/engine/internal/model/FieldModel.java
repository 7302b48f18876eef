package dev.dynamobao.engine.internal.model;

import dev.dynamobao.annotation.NumberRange;
import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.convert.ValueConverter;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.lang.invoke.VarHandle;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One persistent field of a model: its stored attribute, its converter and method handles for
 * reads and writes without reflection on the hot path. The handles are adapted once to the erased
 * types {@code (Object)Object} and {@code (Object, Object)void} and called with
 * {@code invokeExact}, which costs a fraction of a generic {@link VarHandle} access (that one checks
 * and adapts its types on every call: about 8 % of a 100-item query's CPU).
 */
public final class FieldModel {

    private final String name;
    private final String attributeName;
    private final int index;
    private final Class<?> javaType;
    private final ValueConverter converter;
    private final FieldType type;
    private final MethodHandle getter;
    private final MethodHandle setter;
    private final boolean required;
    private final boolean autoAssign;
    private final NumberRange range;
    private final Class<?> referenceTarget;

    FieldModel(String name, String attributeName, int index, Class<?> javaType, ValueConverter converter,
               VarHandle handle, boolean required, boolean autoAssign, NumberRange range, Class<?> referenceTarget) {
        this.name = name;
        this.attributeName = attributeName;
        this.index = index;
        this.javaType = javaType;
        this.converter = converter;
        this.type = converter.type();
        this.getter = handle.toMethodHandle(VarHandle.AccessMode.GET).asType(MethodType.methodType(Object.class, Object.class));
        this.setter = handle.toMethodHandle(VarHandle.AccessMode.SET)
                .asType(MethodType.methodType(void.class, Object.class, Object.class));
        this.required = required;
        this.autoAssign = autoAssign;
        this.range = range;
        this.referenceTarget = referenceTarget;
    }

    /** The Java field name. */
    public String name() {
        return name;
    }

    /** The stored attribute name ({@code @Column(name)} or the field name). */
    public String attributeName() {
        return attributeName;
    }

    /** Position in the model's field list. */
    public int index() {
        return index;
    }

    /** The declared Java type. */
    public Class<?> javaType() {
        return javaType;
    }

    /** The field type. */
    public FieldType type() {
        return type;
    }

    /** The converter. */
    public ValueConverter converter() {
        return converter;
    }

    /** Whether a value is required before writing. */
    public boolean required() {
        return required;
    }

    /** Whether a missing value is generated (ULID) on persist. */
    public boolean autoAssign() {
        return autoAssign;
    }

    /** The allowed numeric range, or {@code null}. */
    public NumberRange range() {
        return range;
    }

    /** The entity class a {@code Ref} field points at, or {@code null}. */
    public Class<?> referenceTarget() {
        return referenceTarget;
    }

    /** Reads the field of {@code entity}. */
    public Object get(Object entity) {
        try {
            return (Object) getter.invokeExact(entity);
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** Writes the field of {@code entity} (not seen by the enhancer's tracking). */
    public void set(Object entity, Object value) {
        if (value == null && javaType.isPrimitive()) {
            value = primitiveDefault();
        }
        try {
            setter.invokeExact(entity, value);
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /** The stored attribute of a value, or {@code null} when nothing is stored (null, empty set). */
    public AttributeValue toAttribute(Object value) {
        return value == null ? null : converter.toAttribute(value);
    }

    /** The key form of a non-null value. */
    public String keyForm(Object value) {
        return converter.toKeyForm(value);
    }

    private Object primitiveDefault() {
        if (javaType == boolean.class) {
            return false;
        }
        if (javaType == long.class) {
            return 0L;
        }
        if (javaType == double.class) {
            return 0.0d;
        }
        if (javaType == float.class) {
            return 0.0f;
        }
        if (javaType == short.class) {
            return (short) 0;
        }
        return 0;
    }

    @Override
    public String toString() {
        return name + ":" + type();
    }
}
