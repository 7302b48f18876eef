package dev.dynamobao.tck.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Test support: an {@code UpdateItem} request read back into attribute names per clause (SET,
 * REMOVE, ADD, DELETE) with their values, and the condition with the placeholders of names
 * resolved, e.g. {@code attribute_exists(_pk) AND version = :d}.
 */
public final class UpdateView {

    private static final Pattern CLAUSE = Pattern.compile("\\b(SET|REMOVE|ADD|DELETE)\\b");

    private final UpdateItemRequest request;
    private final Map<String, Map<String, AttributeValue>> clauses = new LinkedHashMap<>();

    private UpdateView(UpdateItemRequest request) {
        this.request = request;
        for (String clause : List.of("SET", "REMOVE", "ADD", "DELETE")) {
            clauses.put(clause, new LinkedHashMap<>());
        }
        String expression = request.updateExpression();
        Matcher matcher = CLAUSE.matcher(expression);
        List<int[]> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (matcher.find()) {
            starts.add(new int[] {matcher.start(), matcher.end()});
            names.add(matcher.group(1));
        }
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : expression.length();
            String body = expression.substring(starts.get(i)[1], end).trim();
            for (String action : splitTopLevel(body)) {
                String[] parts = action.trim().split("[\\s=]+", 2);
                String attribute = resolveName(parts[0]);
                AttributeValue value = null;
                if (parts.length > 1) {
                    Matcher placeholder = Pattern.compile(":\\w+").matcher(parts[1]);
                    if (placeholder.find()) {
                        value = request.expressionAttributeValues().get(placeholder.group());
                    }
                }
                clauses.get(names.get(i)).put(attribute, value);
            }
        }
    }

    /** Parses {@code request}. */
    public static UpdateView of(UpdateItemRequest request) {
        return new UpdateView(request);
    }

    /** The request itself. */
    public UpdateItemRequest request() {
        return request;
    }

    /** Attributes in the SET clause. */
    public Set<String> set() {
        return new LinkedHashSet<>(clauses.get("SET").keySet());
    }

    /** Attributes in the REMOVE clause. */
    public Set<String> remove() {
        return new LinkedHashSet<>(clauses.get("REMOVE").keySet());
    }

    /** Attributes in the ADD clause. */
    public Set<String> add() {
        return new LinkedHashSet<>(clauses.get("ADD").keySet());
    }

    /** Attributes in the DELETE clause. */
    public Set<String> delete() {
        return new LinkedHashSet<>(clauses.get("DELETE").keySet());
    }

    /** Every attribute the update names, by clause. */
    public Map<String, Set<String>> attributesByClause() {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        clauses.forEach((clause, attributes) -> result.put(clause, new LinkedHashSet<>(attributes.keySet())));
        return result;
    }

    /** The value operand of the action on {@code attribute} (SET, ADD or DELETE), or null. */
    public AttributeValue value(String attribute) {
        for (Map<String, AttributeValue> attributes : clauses.values()) {
            if (attributes.get(attribute) != null) {
                return attributes.get(attribute);
            }
        }
        return null;
    }

    /** The condition expression with attribute-name placeholders replaced by the names; null when none. */
    public String condition() {
        String condition = request.conditionExpression();
        if (condition == null) {
            return null;
        }
        Matcher matcher = Pattern.compile("#\\w+").matcher(condition);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(resolveName(matcher.group())));
        }
        matcher.appendTail(resolved);
        return resolved.toString();
    }

    /** The value of a placeholder such as {@code :d}. */
    public AttributeValue valueOf(String placeholder) {
        return request.expressionAttributeValues().get(placeholder);
    }

    private String resolveName(String token) {
        return token.startsWith("#") ? request.expressionAttributeNames().get(token) : token;
    }

    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    @Override
    public String toString() {
        return request.updateExpression() + " | " + condition() + " | " + attributesByClause();
    }
}
