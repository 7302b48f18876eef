package dev.dynamobao.tck.golden;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A small reader of DynamoDB JSON ({@code [{"_pk": {"S": "u#1"}, ...}, ...]}), enough for the golden
 * files: objects, arrays, strings with escapes, booleans, null and plain numbers.
 */
final class DynamoJson {

    private final String text;
    private int position;

    private DynamoJson(String text) {
        this.text = text;
    }

    /** The items of a JSON array of DynamoDB items. */
    static List<Map<String, AttributeValue>> items(String json) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (Object item : (List<?>) new DynamoJson(json).value()) {
            items.add(item((Map<?, ?>) item));
        }
        return items;
    }

    private static Map<String, AttributeValue> item(Map<?, ?> json) {
        Map<String, AttributeValue> item = new LinkedHashMap<>();
        json.forEach((name, value) -> item.put((String) name, attribute((Map<?, ?>) value)));
        return item;
    }

    private static AttributeValue attribute(Map<?, ?> typed) {
        if (typed.size() != 1) {
            throw new IllegalArgumentException("a DynamoDB JSON value has exactly one type key: " + typed);
        }
        Map.Entry<?, ?> entry = typed.entrySet().iterator().next();
        Object value = entry.getValue();
        return switch ((String) entry.getKey()) {
            case "S" -> AttributeValue.fromS((String) value);
            case "N" -> AttributeValue.fromN((String) value);
            case "BOOL" -> AttributeValue.fromBool((Boolean) value);
            case "NULL" -> AttributeValue.fromNul(true);
            case "B" -> AttributeValue.fromB(SdkBytes.fromByteArray(Base64.getDecoder().decode((String) value)));
            case "SS" -> AttributeValue.builder().ss(((List<?>) value).stream().map(String.class::cast).toList()).build();
            case "NS" -> AttributeValue.builder().ns(((List<?>) value).stream().map(String.class::cast).toList()).build();
            case "L" -> AttributeValue.fromL(((List<?>) value).stream().map(element -> attribute((Map<?, ?>) element)).toList());
            case "M" -> AttributeValue.fromM(item((Map<?, ?>) value));
            default -> throw new IllegalArgumentException("unknown DynamoDB JSON type " + entry.getKey());
        };
    }

    private Object value() {
        skipWhitespace();
        char next = text.charAt(position);
        switch (next) {
            case '{':
                return object();
            case '[':
                return array();
            case '"':
                return string();
            case 't':
                return literal("true", Boolean.TRUE);
            case 'f':
                return literal("false", Boolean.FALSE);
            case 'n':
                return literal("null", null);
            default:
                return number();
        }
    }

    private Map<String, Object> object() {
        Map<String, Object> object = new LinkedHashMap<>();
        expect('{');
        skipWhitespace();
        if (peek() == '}') {
            position++;
            return object;
        }
        do {
            skipWhitespace();
            String name = string();
            skipWhitespace();
            expect(':');
            object.put(name, value());
            skipWhitespace();
        } while (consumeIf(','));
        expect('}');
        return object;
    }

    private List<Object> array() {
        List<Object> array = new ArrayList<>();
        expect('[');
        skipWhitespace();
        if (peek() == ']') {
            position++;
            return array;
        }
        do {
            array.add(value());
            skipWhitespace();
        } while (consumeIf(','));
        expect(']');
        return array;
    }

    private String string() {
        expect('"');
        StringBuilder result = new StringBuilder();
        while (true) {
            char c = text.charAt(position++);
            if (c == '"') {
                return result.toString();
            }
            if (c != '\\') {
                result.append(c);
                continue;
            }
            char escaped = text.charAt(position++);
            switch (escaped) {
                case 'n' -> result.append('\n');
                case 't' -> result.append('\t');
                case 'r' -> result.append('\r');
                case 'b' -> result.append('\b');
                case 'f' -> result.append('\f');
                case 'u' -> {
                    result.append((char) Integer.parseInt(text.substring(position, position + 4), 16));
                    position += 4;
                }
                default -> result.append(escaped);
            }
        }
    }

    private String number() {
        int start = position;
        while (position < text.length() && "+-0123456789.eE".indexOf(text.charAt(position)) >= 0) {
            position++;
        }
        if (start == position) {
            throw new IllegalArgumentException("unexpected '" + text.charAt(position) + "' at " + position);
        }
        return text.substring(start, position);
    }

    private Object literal(String word, Object value) {
        if (!text.startsWith(word, position)) {
            throw new IllegalArgumentException("expected " + word + " at " + position);
        }
        position += word.length();
        return value;
    }

    private void expect(char c) {
        if (text.charAt(position) != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + position + " but found '" + text.charAt(position) + "'");
        }
        position++;
    }

    private boolean consumeIf(char c) {
        if (position < text.length() && text.charAt(position) == c) {
            position++;
            return true;
        }
        return false;
    }

    private char peek() {
        return text.charAt(position);
    }

    private void skipWhitespace() {
        while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
            position++;
        }
    }
}
