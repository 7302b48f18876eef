package dev.dynamobao.benchmarks.latency;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * An {@code UpdateExpression} parsed into actions on top-level attributes: {@code SET a = :v},
 * {@code SET a = if_not_exists(a, :v)}, {@code SET a = b + :v} (and {@code -}), {@code REMOVE a},
 * {@code ADD a :v} (numbers and sets), {@code DELETE a :v} (sets). Anything else is refused with
 * {@link StubRequestException} when parsed, before the item is touched.
 */
final class UpdateExpression {

    private static final Pattern CLAUSE = Pattern.compile("(?i)(?<![#:\\w])(SET|REMOVE|ADD|DELETE)(?!\\w)");
    private static final Pattern IF_NOT_EXISTS = Pattern.compile("(?i)if_not_exists\\s*\\(\\s*([^,\\s]+)\\s*,\\s*(:\\w+)\\s*\\)");

    private final List<Consumer<Map<String, JsonNode>>> actions;

    private UpdateExpression(List<Consumer<Map<String, JsonNode>>> actions) {
        this.actions = actions;
    }

    /** Parses {@code expression} with the request's placeholders. */
    static UpdateExpression parse(String expression, Expressions placeholders) {
        List<Consumer<Map<String, JsonNode>>> actions = new ArrayList<>();
        if (expression == null || expression.isBlank()) {
            return new UpdateExpression(actions);
        }
        Matcher clause = CLAUSE.matcher(expression);
        List<int[]> starts = new ArrayList<>();
        while (clause.find()) {
            starts.add(new int[] {clause.start(), clause.end()});
        }
        if (starts.isEmpty() || !expression.substring(0, starts.get(0)[0]).isBlank()) {
            throw new StubRequestException("UpdateExpression must start with SET, REMOVE, ADD or DELETE: " + expression);
        }
        for (int i = 0; i < starts.size(); i++) {
            String keyword = expression.substring(starts.get(i)[0], starts.get(i)[1]).toUpperCase(java.util.Locale.ROOT);
            int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : expression.length();
            for (String action : Expressions.splitTopLevel(expression.substring(starts.get(i)[1], end), ',')) {
                actions.add(switch (keyword) {
                    case "SET" -> set(action, placeholders);
                    case "REMOVE" -> remove(action, placeholders);
                    case "ADD" -> add(action, placeholders);
                    default -> delete(action, placeholders);
                });
            }
        }
        return new UpdateExpression(actions);
    }

    /** Applies the actions to {@code item} (a mutable map), in order. */
    void applyTo(Map<String, JsonNode> item) {
        for (Consumer<Map<String, JsonNode>> action : actions) {
            action.accept(item);
        }
    }

    private static Consumer<Map<String, JsonNode>> set(String action, Expressions placeholders) {
        int equals = action.indexOf('=');
        if (equals < 0) {
            throw new StubRequestException("SET action without '=': " + action);
        }
        String target = placeholders.attribute(action.substring(0, equals));
        String right = action.substring(equals + 1).trim();
        List<String> sum = Expressions.splitTopLevel(right, '+');
        List<String> difference = Expressions.splitTopLevel(right, '-');
        if (sum.size() == 2 || difference.size() == 2) {
            boolean plus = sum.size() == 2;
            List<String> operands = plus ? sum : difference;
            Operand left = operand(operands.get(0), placeholders);
            Operand rightOperand = operand(operands.get(1), placeholders);
            return item -> {
                BigDecimal a = number(left.valueIn(item), action);
                BigDecimal b = number(rightOperand.valueIn(item), action);
                item.put(target, numberValue(plus ? a.add(b) : a.subtract(b)));
            };
        }
        Operand value = operand(right, placeholders);
        return item -> {
            JsonNode resolved = value.valueIn(item);
            if (resolved == null) {
                throw new StubRequestException("SET " + target + ": the operand '" + right + "' names a missing attribute");
            }
            item.put(target, resolved);
        };
    }

    private static Consumer<Map<String, JsonNode>> remove(String action, Expressions placeholders) {
        String target = placeholders.attribute(action);
        return item -> item.remove(target);
    }

    private static Consumer<Map<String, JsonNode>> add(String action, Expressions placeholders) {
        String[] parts = pathAndValue(action, "ADD");
        String target = placeholders.attribute(parts[0]);
        JsonNode value = placeholders.value(parts[1]);
        return item -> {
            JsonNode current = item.get(target);
            if (Json.text(value, "N") != null) {
                BigDecimal base = current == null ? BigDecimal.ZERO : number(current, action);
                item.put(target, numberValue(base.add(new BigDecimal(Json.text(value, "N")))));
            } else {
                item.put(target, setValue(current, value, true, action));
            }
        };
    }

    private static Consumer<Map<String, JsonNode>> delete(String action, Expressions placeholders) {
        String[] parts = pathAndValue(action, "DELETE");
        String target = placeholders.attribute(parts[0]);
        JsonNode value = placeholders.value(parts[1]);
        return item -> {
            JsonNode current = item.get(target);
            if (current != null) {
                JsonNode remaining = setValue(current, value, false, action);
                if (remaining == null) {
                    item.remove(target);
                } else {
                    item.put(target, remaining);
                }
            }
        };
    }

    private static String[] pathAndValue(String action, String keyword) {
        String[] parts = action.trim().split("\\s+");
        if (parts.length != 2 || !parts[1].startsWith(":")) {
            throw new StubRequestException(keyword + " action must be 'path :value': " + action);
        }
        return parts;
    }

    /** A set union ({@code add}) or difference; null when the difference is empty. */
    private static JsonNode setValue(JsonNode current, JsonNode change, boolean add, String action) {
        for (String type : new String[] {"SS", "NS", "BS"}) {
            if (change.field(type).isPresent()) {
                Set<String> members = new LinkedHashSet<>();
                if (current != null) {
                    current.field(type).orElseThrow(() -> new StubRequestException("set type mismatch in " + action))
                            .asArray().forEach(member -> members.add(member.asString()));
                }
                for (JsonNode member : change.field(type).get().asArray()) {
                    if (add) {
                        members.add(member.asString());
                    } else {
                        members.remove(member.asString());
                    }
                }
                if (members.isEmpty()) {
                    return null;
                }
                StringBuilder json = new StringBuilder("{\"" + type + "\":[");
                String separator = "";
                for (String member : members) {
                    json.append(separator).append(quoted(member));
                    separator = ",";
                }
                return Json.parse(json.append("]}").toString());
            }
        }
        throw new StubRequestException("ADD/DELETE of a value that is neither a number nor a set: " + action);
    }

    private static String quoted(String text) {
        JsonWriter writer = JsonWriter.create();
        writer.writeValue(text);
        return new String(writer.getBytes(), StandardCharsets.UTF_8);
    }

    private static BigDecimal number(JsonNode value, String action) {
        String text = value == null ? null : Json.text(value, "N");
        if (text == null) {
            throw new StubRequestException("arithmetic on a missing or non-number attribute: " + action);
        }
        return new BigDecimal(text);
    }

    private static JsonNode numberValue(BigDecimal number) {
        return Json.parse("{\"N\":\"" + number.toPlainString() + "\"}");
    }

    /** One side of a {@code SET}: a value, an attribute, or {@code if_not_exists(attribute, :value)}. */
    private interface Operand {
        JsonNode valueIn(Map<String, JsonNode> item);
    }

    private static Operand operand(String text, Expressions placeholders) {
        String trimmed = text.trim();
        Matcher ifNotExists = IF_NOT_EXISTS.matcher(trimmed);
        if (ifNotExists.matches()) {
            String attribute = placeholders.attribute(ifNotExists.group(1));
            JsonNode fallback = placeholders.value(ifNotExists.group(2));
            return item -> item.getOrDefault(attribute, fallback);
        }
        if (trimmed.startsWith(":")) {
            JsonNode value = placeholders.value(trimmed);
            return item -> value;
        }
        if (trimmed.contains("(")) {
            throw new StubRequestException("the stub does not evaluate the function in '" + trimmed + "'");
        }
        String attribute = placeholders.attribute(trimmed);
        return item -> item.get(attribute);
    }
}
