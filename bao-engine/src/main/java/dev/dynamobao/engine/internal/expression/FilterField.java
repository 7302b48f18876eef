package dev.dynamobao.engine.internal.expression;

import java.util.Objects;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What the filter compiler needs to know about one field of a model.
 *
 * @param name the field name used in {@link dev.dynamobao.query.Filter}
 * @param attributeName the attribute the field is stored in
 * @param kind the stored DynamoDB type
 * @param toAttribute turns a Java value of the field (e.g. an {@code Instant}, an enum, a {@code Ref})
 *     into the stored attribute value
 */
public record FilterField(String name, String attributeName, AttributeKind kind,
        Function<Object, AttributeValue> toAttribute) {

    /** Validates the components. */
    public FilterField {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(attributeName, "attributeName");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(toAttribute, "toAttribute");
    }
}
