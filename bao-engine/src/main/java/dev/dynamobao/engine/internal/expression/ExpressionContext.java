package dev.dynamobao.engine.internal.expression;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Collects the placeholder names ({@code #a}, {@code #b}, …) and values ({@code :a}, …) of
 * one request, so that its update, condition, key-condition and filter expressions can share
 * them. A name placeholder is reused for the same attribute name; every value gets its own
 * placeholder. Not thread-safe: one context per request.
 */
public final class ExpressionContext {
    private final Map<String, String> placeholderByName = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, AttributeValue> values = new LinkedHashMap<>();

    /** Creates an empty context. */
    public ExpressionContext() {
        // nothing to initialise
    }

    /** Returns the placeholder for {@code attributeName}, allocating the next short one ({@code #a}, {@code #b}, …) on first use. */
    public String name(String attributeName) {
        Objects.requireNonNull(attributeName, "attributeName");
        if (attributeName.isEmpty()) {
            throw new IllegalArgumentException("An attribute name in an expression must not be empty");
        }
        String existing = placeholderByName.get(attributeName);
        if (existing != null) {
            return existing;
        }
        String placeholder = "#" + token(names.size());
        placeholderByName.put(attributeName, placeholder);
        names.put(placeholder, attributeName);
        return placeholder;
    }

    /** Allocates the next short placeholder ({@code :a}, {@code :b}, …) for {@code value}. */
    public String value(AttributeValue value) {
        Objects.requireNonNull(value, "value");
        String placeholder = ":" + token(values.size());
        values.put(placeholder, value);
        return placeholder;
    }

    /** The {@code ExpressionAttributeNames} (placeholder to attribute name): a read-only live view, in allocation order; may be empty. */
    public Map<String, String> names() {
        return Collections.unmodifiableMap(names);
    }

    /** The {@code ExpressionAttributeValues} (placeholder to value): a read-only live view, in allocation order; may be empty. */
    public Map<String, AttributeValue> values() {
        return Collections.unmodifiableMap(values);
    }

    /** Like {@link #names()}, but {@code null} when empty, because DynamoDB rejects an empty map. */
    public Map<String, String> namesOrNull() {
        return names.isEmpty() ? null : names();
    }

    /** Like {@link #values()}, but {@code null} when empty, because DynamoDB rejects an empty map. */
    public Map<String, AttributeValue> valuesOrNull() {
        return values.isEmpty() ? null : values();
    }

    @Override
    public String toString() {
        return "ExpressionContext[names=" + names + ", values=" + values + "]";
    }

    /**
     * The shortest placeholder token for a counter: {@code a}..{@code z}, then {@code aa},
     * {@code ab}, … (bijective base 26). Request bytes matter: every placeholder appears at least
     * twice in a request.
     */
    static String token(int index) {
        StringBuilder token = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            token.insert(0, (char) ('a' + (n - 1) % 26));
        }
        return token.toString();
    }
}
