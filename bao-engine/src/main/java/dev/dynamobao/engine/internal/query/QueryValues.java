package dev.dynamobao.engine.internal.query;

import dev.dynamobao.BaoException;
import dev.dynamobao.Ref;
import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import dev.dynamobao.spi.RefBinding;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Turns the values a caller passes to a query — Java values of a field, or for a {@code Ref}
 * field a {@code Ref}, the referenced entity or its primary id — into key forms and stored
 * attribute values. Thread-safe.
 */
public final class QueryValues {

    private final ModelRegistry models;

    /** Creates the converter; {@code models} resolves the ids of referenced entities. */
    public QueryValues(ModelRegistry models) {
        this.models = models;
    }

    /**
     * The key form of {@code value} for {@code field} of {@code model} ({@code LAYOUT.md} §5).
     *
     * @param role what the value is for, in error messages (e.g. "partition value of Post index postsForUser")
     * @throws ValidationException when the value does not fit the field
     */
    public String keyForm(EntityModel model, FieldModel field, Object value, String role) {
        if (value == null) {
            throw new ValidationException("The " + role + " must not be null");
        }
        if (field.type() == FieldType.RELATED) {
            return KeyCodec.keyForm(model, field, referencedId(field, value, role));
        }
        requireNumberForNumericField(field, value, role);
        try {
            return KeyCodec.keyForm(model, field, value);
        } catch (BaoException failure) {
            throw failure;
        } catch (RuntimeException failure) {
            throw new ValidationException("The " + role + " must be a value of " + model.name() + "." + field.name()
                    + " (" + field.javaType().getSimpleName() + "), not " + describe(value) + ": " + failure.getMessage(), failure);
        }
    }

    /** The stored attribute of {@code value} for {@code field} (used by filters); {@code null} when nothing would be stored. */
    public AttributeValue stored(FieldModel field, Object value) {
        if (field.type() == FieldType.RELATED) {
            return AttributeValue.fromS(referencedId(field, value, "filter value of field " + field.name()));
        }
        requireNumberForNumericField(field, value, "filter value of field " + field.name());
        return field.converter().toAttribute(value);
    }

    /** The primary id of an entity or a {@code Ref}. */
    public String primaryIdOf(Object entityOrRef) {
        if (entityOrRef instanceof Ref<?> ref) {
            return RefBinding.id(ref, entity -> KeyCodec.primaryId(models.model(entity.getClass()), entity));
        }
        EntityModel model = models.model(entityOrRef.getClass());
        return KeyCodec.primaryId(model, entityOrRef);
    }

    /** The class an entity or {@code Ref} stands for. */
    public static Class<?> typeOf(Object entityOrRef) {
        return entityOrRef instanceof Ref<?> ref ? ref.type() : entityOrRef.getClass();
    }

    private String referencedId(FieldModel field, Object value, String role) {
        Class<?> target = field.referenceTarget();
        if (value instanceof Ref<?> ref) {
            if (!target.isAssignableFrom(ref.type())) {
                throw new ValidationException("The " + role + " is a Ref<" + ref.type().getSimpleName() + ">, but field "
                        + field.name() + " holds a Ref<" + target.getSimpleName() + ">");
            }
            return ref.id();
        }
        if (value instanceof String id) {
            return id;
        }
        if (target.isInstance(value)) {
            return primaryIdOf(value);
        }
        throw new ValidationException("The " + role + " must be a " + target.getSimpleName() + ", a Ref<"
                + target.getSimpleName() + "> or its primary id, not " + describe(value));
    }

    /** Numeric converters write any value's text as {@code N}; reject non-numbers here instead of at DynamoDB. */
    private static void requireNumberForNumericField(FieldModel field, Object value, String role) {
        boolean numeric = field.type() == FieldType.INTEGER || field.type() == FieldType.COUNTER || field.type() == FieldType.FLOAT;
        if (numeric && !(value instanceof Number)) {
            throw new ValidationException("The " + role + " must be a number (field " + field.name() + " is "
                    + field.javaType().getSimpleName() + "), not " + describe(value));
        }
    }

    private static String describe(Object value) {
        return "'" + value + "' (" + value.getClass().getSimpleName() + ")";
    }
}
