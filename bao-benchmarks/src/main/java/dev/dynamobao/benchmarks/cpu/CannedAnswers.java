package dev.dynamobao.benchmarks.cpu;

import dev.dynamobao.benchmarks.cpu.plain.HandMapper;
import java.util.Base64;
import java.util.Map;
import java.util.StringJoiner;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The canned DynamoDB responses of the side-by-side benchmarks and the cold-start runs. */
public final class CannedAnswers {

    /** Items in the queried partition. */
    public static final int QUERY_SIZE = 100;
    /** The id of the item that get and update address. */
    public static final String ID = "item-0001";

    private CannedAnswers() {
    }

    /** The canned response of each operation: the item, a partition of 100 and the capacity of a write. */
    public static Map<String, String> all() {
        String capacity = "\"ConsumedCapacity\":{\"TableName\":\"t\",\"CapacityUnits\":1.0}";
        StringJoiner items = new StringJoiner(",", "[", "]");
        for (int i = 0; i < QUERY_SIZE; i++) {
            items.add(json(HandMapper.toItem(Samples.plain(String.format("item-%04d", i)))));
        }
        return Map.of(
                "GetItem", get(),
                "Query", "{" + capacity.replace("1.0", "12.5") + ",\"Count\":" + QUERY_SIZE + ",\"Items\":" + items
                        + ",\"ScannedCount\":" + QUERY_SIZE + "}",
                "PutItem", "{" + capacity + "}",
                "UpdateItem", "{" + capacity + "}");
    }

    /** The response of the {@code GetItem} of {@link #ID}. */
    public static String get() {
        return "{\"ConsumedCapacity\":{\"TableName\":\"t\",\"CapacityUnits\":0.5},\"Item\":"
                + json(HandMapper.toItem(Samples.plain(ID))) + "}";
    }

    /** DynamoDB JSON of an item of strings, string sets and binaries (no escaping needed for these values). */
    private static String json(Map<String, AttributeValue> item) {
        StringJoiner out = new StringJoiner(",", "{", "}");
        item.forEach((name, value) -> {
            String typed;
            if (value.s() != null) {
                typed = "{\"S\":\"" + value.s() + "\"}";
            } else if (value.hasSs()) {
                StringJoiner members = new StringJoiner("\",\"", "[\"", "\"]");
                value.ss().forEach(members::add);
                typed = "{\"SS\":" + members + "}";
            } else {
                typed = "{\"B\":\"" + Base64.getEncoder().encodeToString(value.b().asByteArray()) + "\"}";
            }
            out.add("\"" + name + "\":" + typed);
        });
        return out.toString();
    }

}
