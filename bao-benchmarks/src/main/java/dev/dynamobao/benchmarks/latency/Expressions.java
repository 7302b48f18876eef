package dev.dynamobao.benchmarks.latency;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The placeholders of one request ({@code ExpressionAttributeNames} and
 * {@code ExpressionAttributeValues}) and the pieces of expression syntax every expression of the
 * stub shares: top-level attribute paths, comma lists, projections.
 */
final class Expressions {

    private final Map<String, String> names;
    private final Map<String, JsonNode> values;

    private Expressions(Map<String, String> names, Map<String, JsonNode> values) {
        this.names = names;
        this.values = values;
    }

    /** The placeholders of a request (or of one action of a transaction). */
    static Expressions of(JsonNode request) {
        Map<String, String> names = new LinkedHashMap<>();
        Json.object(request, "ExpressionAttributeNames").forEach((placeholder, name) -> names.put(placeholder, name.asString()));
        return new Expressions(names, Json.object(request, "ExpressionAttributeValues"));
    }

    /**
     * The attribute a path names: {@code #n} resolved, or a plain name.
     *
     * @throws StubRequestException for nested paths ({@code a.b}, {@code a[0]}) and unknown placeholders
     */
    String attribute(String path) {
        String trimmed = path.trim();
        if (trimmed.startsWith("#")) {
            String name = names.get(trimmed);
            if (name == null) {
                throw new StubRequestException("no ExpressionAttributeNames entry for " + trimmed);
            }
            return name;
        }
        if (!trimmed.matches("[A-Za-z_][A-Za-z0-9_]*")) {
            throw new StubRequestException("the stub reads top-level attribute names only, not '" + trimmed + "'");
        }
        return trimmed;
    }

    /** The value of a {@code :placeholder}. */
    JsonNode value(String placeholder) {
        JsonNode value = values.get(placeholder.trim());
        if (value == null) {
            throw new StubRequestException("no ExpressionAttributeValues entry for " + placeholder.trim());
        }
        return value;
    }

    /** The attributes of a {@code ProjectionExpression}, or null when the request has none (whole items). */
    Set<String> projection(JsonNode request) {
        String projection = Json.text(request, "ProjectionExpression");
        if (projection == null) {
            return null;
        }
        Set<String> attributes = new LinkedHashSet<>();
        for (String path : splitTopLevel(projection, ',')) {
            attributes.add(attribute(path));
        }
        return attributes;
    }

    /** {@code item} reduced to {@code projection} (all of it when {@code projection} is null). */
    static Map<String, JsonNode> project(Map<String, JsonNode> item, Set<String> projection) {
        if (projection == null) {
            return item;
        }
        Map<String, JsonNode> projected = new LinkedHashMap<>();
        for (String attribute : projection) {
            JsonNode value = item.get(attribute);
            if (value != null) {
                projected.put(attribute, value);
            }
        }
        return projected;
    }

    /** Splits {@code text} at {@code separator} outside parentheses. */
    static List<String> splitTopLevel(String text, char separator) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == separator && depth == 0) {
                parts.add(text.substring(start, i).trim());
                start = i + 1;
            }
        }
        parts.add(text.substring(start).trim());
        parts.removeIf(String::isEmpty);
        return parts;
    }
}
