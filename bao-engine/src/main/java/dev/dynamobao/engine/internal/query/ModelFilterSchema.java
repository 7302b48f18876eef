package dev.dynamobao.engine.internal.query;

import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.expression.AttributeKind;
import dev.dynamobao.engine.internal.expression.FilterField;
import dev.dynamobao.engine.internal.expression.FilterSchema;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link FilterSchema} of a model: every persistent field, by its Java name. */
public final class ModelFilterSchema {

    private ModelFilterSchema() {
    }

    /** The filter schema of {@code model}; values are converted by {@code values}. */
    public static FilterSchema of(EntityModel model, QueryValues values) {
        List<FilterField> fields = new ArrayList<>();
        for (FieldModel field : model.fields()) {
            fields.add(new FilterField(field.name(), field.attributeName(), kindOf(field.type()),
                    value -> values.stored(field, value)));
        }
        return FilterSchema.of(model.name(), fields);
    }

    /**
     * The stored DynamoDB type of a field type ({@code LAYOUT.md} §5). A custom-converted field is
     * treated as a string: its stored type is the converter's business, and DynamoDB simply finds
     * no match when an operator does not fit it.
     */
    static AttributeKind kindOf(FieldType type) {
        return switch (type) {
            case INTEGER, FLOAT, DATETIME, CREATE_DATE, MODIFIED_DATE, COUNTER, TTL -> AttributeKind.NUMBER;
            case BOOLEAN -> AttributeKind.BOOLEAN;
            case BINARY -> AttributeKind.BINARY;
            case STRING_SET -> AttributeKind.STRING_SET;
            case STRING, EMAIL, ULID, VERSION, RELATED, ENUM, CUSTOM -> AttributeKind.STRING;
        };
    }
}
