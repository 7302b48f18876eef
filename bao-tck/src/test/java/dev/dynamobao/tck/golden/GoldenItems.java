package dev.dynamobao.tck.golden;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;

/**
 * The items dynamo-bao 0.4.2 left in its table ({@code golden/items.json}, a copy of
 * {@code shared/golden/items.json}), and raw access to them in a test table.
 */
final class GoldenItems {

    private static final List<Map<String, AttributeValue>> ITEMS = load();

    private GoldenItems() {
    }

    private static List<Map<String, AttributeValue>> load() {
        try (InputStream in = Objects.requireNonNull(GoldenItems.class.getResourceAsStream("/golden/items.json"),
                "golden/items.json is missing from the test resources")) {
            return DynamoJson.items(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
    }

    /** Every golden item. */
    static List<Map<String, AttributeValue>> all() {
        return ITEMS;
    }

    /** The golden item with this key. */
    static Map<String, AttributeValue> item(String pk, String sk) {
        return ITEMS.stream().filter(item -> item.get("_pk").s().equals(pk) && item.get("_sk").s().equals(sk)).findFirst()
                .orElseThrow(() -> new AssertionError("no golden item " + pk + " / " + sk));
    }

    /** Golden model items (not unique-constraint items) without a tenant prefix. */
    static List<Map<String, AttributeValue>> untenantedModelItems() {
        return ITEMS.stream().filter(item -> !item.get("_pk").s().startsWith("[") && !item.get("_sk").s().equals("_raft_uc")).toList();
    }

    /** Writes every golden item with raw {@code PutItem}s, as dynamo-bao left them. */
    static void putAll(DynamoDbClient client, String table) {
        for (Map<String, AttributeValue> item : ITEMS) {
            client.putItem(PutItemRequest.builder().tableName(table).item(item).build());
        }
    }

    /** The stored item with this key, read raw (consistent read), or an empty map. */
    static Map<String, AttributeValue> read(DynamoDbClient client, String table, String pk, String sk) {
        return client.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of("_pk", AttributeValue.fromS(pk), "_sk", AttributeValue.fromS(sk))).build()).item();
    }
}
