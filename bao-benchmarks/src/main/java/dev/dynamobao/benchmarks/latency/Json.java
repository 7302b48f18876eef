package dev.dynamobao.benchmarks.latency;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonNodeParser;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * The DynamoDB wire JSON of the stub, read and written with the SDK's own JSON core: parsing a
 * request body, writing a response, and the scalar view of an {@code AttributeValue}
 * ({@code {"S": "x"}}, {@code {"N": "1"}}, {@code {"B": "base64"}}) used for keys and ordering.
 */
final class Json {

    private static final JsonNodeParser PARSER = JsonNode.parser();

    private Json() {
    }

    /** Parses a request body. */
    static JsonNode parse(InputStream in) {
        return PARSER.parse(in);
    }

    /** Parses a JSON text. */
    static JsonNode parse(String text) {
        return PARSER.parse(text);
    }

    /** The JSON bytes of {@code node}. */
    static byte[] bytes(JsonNode node) {
        JsonWriter writer = JsonWriter.create();
        write(writer, node);
        return writer.getBytes();
    }

    /** Writes {@code node} (any JSON value) to {@code writer}. */
    static void write(JsonWriter writer, JsonNode node) {
        if (node.isObject()) {
            writer.writeStartObject();
            for (Map.Entry<String, JsonNode> field : node.asObject().entrySet()) {
                writer.writeFieldName(field.getKey());
                write(writer, field.getValue());
            }
            writer.writeEndObject();
        } else if (node.isArray()) {
            writer.writeStartArray();
            for (JsonNode element : node.asArray()) {
                write(writer, element);
            }
            writer.writeEndArray();
        } else if (node.isString()) {
            writer.writeValue(node.asString());
        } else if (node.isNumber()) {
            writer.writeNumber(node.asNumber());
        } else if (node.isBoolean()) {
            writer.writeValue(node.asBoolean());
        } else {
            writer.writeNull();
        }
    }

    /** Writes an item (attribute name to {@code AttributeValue}) as a JSON object. */
    static void writeItem(JsonWriter writer, Map<String, JsonNode> item) {
        writer.writeStartObject();
        for (Map.Entry<String, JsonNode> attribute : item.entrySet()) {
            writer.writeFieldName(attribute.getKey());
            write(writer, attribute.getValue());
        }
        writer.writeEndObject();
    }

    /** The text of a string field of {@code node}, or null when absent. */
    static String text(JsonNode node, String field) {
        return node.field(field).filter(JsonNode::isString).map(JsonNode::asString).orElse(null);
    }

    /** The object field {@code field} of {@code node}, or an empty map. */
    static Map<String, JsonNode> object(JsonNode node, String field) {
        return node.field(field).filter(JsonNode::isObject).map(JsonNode::asObject).orElse(Map.of());
    }

    /**
     * The scalar of an {@code AttributeValue} as a comparable text: its type letter and value, with
     * numbers normalized ({@code N1.50} and {@code N1.5} are equal).
     *
     * @throws StubRequestException when the value is not a string, number or binary
     */
    static String scalar(JsonNode attributeValue) {
        for (String type : new String[] {"S", "N", "B"}) {
            String value = text(attributeValue, type);
            if (value != null) {
                return type.equals("N") ? "N" + new BigDecimal(value).stripTrailingZeros().toPlainString() : type + value;
            }
        }
        throw new StubRequestException("a key attribute must be S, N or B, not " + new String(bytes(attributeValue), StandardCharsets.UTF_8));
    }

    /** Orders two scalar {@code AttributeValue}s as DynamoDB orders sort keys (numbers by value). */
    static int compareScalars(JsonNode left, JsonNode right) {
        String leftNumber = text(left, "N");
        String rightNumber = text(right, "N");
        if (leftNumber != null && rightNumber != null) {
            return new BigDecimal(leftNumber).compareTo(new BigDecimal(rightNumber));
        }
        return scalar(left).compareTo(scalar(right));
    }

    /** An estimate of the stored size of a JSON value in bytes (the lengths of its names and texts). */
    static long size(JsonNode node) {
        if (node.isObject()) {
            long size = 0;
            for (Map.Entry<String, JsonNode> field : node.asObject().entrySet()) {
                size += field.getKey().length() + size(field.getValue());
            }
            return size;
        }
        if (node.isArray()) {
            long size = 0;
            for (JsonNode element : node.asArray()) {
                size += size(element);
            }
            return size;
        }
        if (node.isString()) {
            return node.asString().length();
        }
        return node.isNumber() ? node.asNumber().length() : 1;
    }
}
