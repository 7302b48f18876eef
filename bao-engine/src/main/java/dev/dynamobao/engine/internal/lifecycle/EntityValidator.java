package dev.dynamobao.engine.internal.lifecycle;

import dev.dynamobao.ValidationException;
import dev.dynamobao.annotation.NumberRange;
import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Checks field values before any request is sent: required fields, e-mail and ULID formats,
 * numeric ranges, empty strings. All problems of an entity are reported together.
 */
public final class EntityValidator {

    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]+@[^\\s@]+\\.[^\\s@]+$");

    private EntityValidator() {
    }

    /**
     * Validates {@code fields} of {@code entity}.
     *
     * @throws ValidationException listing every invalid field
     */
    public static void validate(EntityModel model, Object entity, Collection<FieldModel> fields) {
        List<String> problems = new ArrayList<>();
        for (FieldModel field : fields) {
            Object value = field.get(entity);
            String where = model.name() + "." + field.name();
            if (value == null) {
                if (field.required()) {
                    problems.add(where + " is required but null");
                }
                continue;
            }
            if (value instanceof String text) {
                if (text.isEmpty()) {
                    problems.add(where + " is an empty string, which DynamoBao never stores; use null to clear it");
                } else if (field.type() == FieldType.EMAIL && !EMAIL.matcher(text).matches()) {
                    problems.add(where + " '" + text + "' is not a valid e-mail address");
                } else if ((field.type() == FieldType.ULID || field.type() == FieldType.VERSION) && !Ulids.isValid(text)) {
                    problems.add(where + " '" + text + "' is not a ULID (26 upper-case Crockford base32 characters)");
                }
            }
            NumberRange range = field.range();
            if (range != null && value instanceof Number number) {
                double numeric = number.doubleValue();
                if (numeric < range.min() || numeric > range.max()) {
                    problems.add(where + " = " + value + " is outside the allowed range [" + range.min() + ", " + range.max() + "]");
                }
            }
            if (value instanceof Double || value instanceof Float) {
                double numeric = ((Number) value).doubleValue();
                if (Double.isNaN(numeric) || Double.isInfinite(numeric)) {
                    problems.add(where + " = " + value + " cannot be stored (DynamoDB has no NaN or infinity)");
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new ValidationException("Invalid " + model.name() + ": " + String.join("; ", problems));
        }
    }
}
