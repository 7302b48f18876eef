package dev.dynamobao.benchmarks.latency;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * A {@code KeyConditionExpression}: the partition equality and at most one sort-key condition
 * ({@code = < <= > >=}, {@code BETWEEN}, {@code begins_with}), checked against the key attributes
 * of the index queried.
 */
final class KeyCondition {

    private static final String NAME = "(#\\w+|[A-Za-z_]\\w*)";
    private static final String VALUE = "(:\\w+)";
    private static final Pattern BEGINS_WITH = Pattern.compile("\\s*\\(?\\s*begins_with\\s*\\(\\s*" + NAME + "\\s*,\\s*" + VALUE
            + "\\s*\\)\\s*\\)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern BETWEEN = Pattern.compile("\\s*\\(?\\s*" + NAME + "\\s+BETWEEN\\s+" + VALUE + "\\s+AND\\s+" + VALUE
            + "\\s*\\)?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern COMPARISON = Pattern.compile("\\s*\\(?\\s*" + NAME + "\\s*(=|<=|>=|<|>)\\s*" + VALUE + "\\s*\\)?\\s*");
    private static final Pattern AND = Pattern.compile("AND(?!\\w)", Pattern.CASE_INSENSITIVE);

    private final String partitionAttribute;
    private final JsonNode partitionValue;
    private final String sortAttribute;
    private final SortTest sortTest;

    private KeyCondition(String partitionAttribute, JsonNode partitionValue, String sortAttribute, SortTest sortTest) {
        this.partitionAttribute = partitionAttribute;
        this.partitionValue = partitionValue;
        this.sortAttribute = sortAttribute;
        this.sortTest = sortTest;
    }

    /**
     * Parses {@code expression} for an index whose keys are {@code partitionAttribute} and
     * {@code sortAttribute}.
     */
    static KeyCondition parse(String expression, Expressions placeholders, String partitionAttribute, String sortAttribute) {
        if (expression == null) {
            throw new StubRequestException("Query without KeyConditionExpression");
        }
        JsonNode partition = null;
        SortTest sort = null;
        int position = 0;
        while (position < expression.length()) {
            Matcher matcher = BEGINS_WITH.matcher(expression).region(position, expression.length());
            String attribute;
            SortTest test;
            JsonNode equalTo = null;
            if (matcher.lookingAt()) {
                attribute = placeholders.attribute(matcher.group(1));
                JsonNode prefix = placeholders.value(matcher.group(2));
                test = value -> Json.scalar(value).startsWith(Json.scalar(prefix));
            } else if ((matcher = BETWEEN.matcher(expression).region(position, expression.length())).lookingAt()) {
                attribute = placeholders.attribute(matcher.group(1));
                JsonNode low = placeholders.value(matcher.group(2));
                JsonNode high = placeholders.value(matcher.group(3));
                test = value -> Json.compareScalars(value, low) >= 0 && Json.compareScalars(value, high) <= 0;
            } else if ((matcher = COMPARISON.matcher(expression).region(position, expression.length())).lookingAt()) {
                attribute = placeholders.attribute(matcher.group(1));
                String operator = matcher.group(2);
                JsonNode operand = placeholders.value(matcher.group(3));
                equalTo = operator.equals("=") ? operand : null;
                test = value -> compare(Json.compareScalars(value, operand), operator);
            } else {
                throw new StubRequestException("the stub does not read the key condition '" + expression.substring(position).trim() + "'");
            }
            if (attribute.equals(partitionAttribute) && equalTo != null && partition == null) {
                partition = equalTo;
            } else if (attribute.equals(sortAttribute) && sort == null) {
                sort = test;
            } else {
                throw new StubRequestException("key condition on '" + attribute + "', which is not a key of the index (keys: "
                        + partitionAttribute + ", " + sortAttribute + "): " + expression);
            }
            position = matcher.end();
            Matcher and = AND.matcher(expression).region(position, expression.length());
            if (and.lookingAt()) {
                position = and.end();
            } else if (position < expression.length()) {
                throw new StubRequestException("expected AND at '" + expression.substring(position) + "' in " + expression);
            }
        }
        if (partition == null) {
            throw new StubRequestException("key condition without '" + partitionAttribute + " = :value': " + expression);
        }
        return new KeyCondition(partitionAttribute, partition, sortAttribute, sort);
    }

    private static boolean compare(int comparison, String operator) {
        return switch (operator) {
            case "=" -> comparison == 0;
            case "<" -> comparison < 0;
            case "<=" -> comparison <= 0;
            case ">" -> comparison > 0;
            default -> comparison >= 0;
        };
    }

    /** Whether {@code item} is in the index partition and passes the sort-key condition. */
    boolean matches(Map<String, JsonNode> item) {
        JsonNode partition = item.get(partitionAttribute);
        JsonNode sort = item.get(sortAttribute);
        if (partition == null || sort == null || !Json.scalar(partition).equals(Json.scalar(partitionValue))) {
            return false;
        }
        return sortTest == null || sortTest.test(sort);
    }

    @Override
    public String toString() {
        return partitionAttribute + " = " + Json.scalar(partitionValue);
    }

    private interface SortTest {
        boolean test(JsonNode sortValue);
    }
}
