package dev.dynamobao.tck.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import software.amazon.awssdk.services.dynamodb.model.ScanResponse;

/** Reads stored items directly with the SDK, bypassing DynamoBao, to check the raw layout. */
public final class RawItems {

    private final DynamoDbClient client;
    private final String table;

    /** Reads {@code table} through {@code client}. */
    public RawItems(DynamoDbClient client, String table) {
        this.client = client;
        this.table = table;
    }

    /** The item with this key, or null. */
    public Map<String, AttributeValue> get(String pk, String sk) {
        var response = client.getItem(GetItemRequest.builder().tableName(table).consistentRead(true)
                .key(Map.of("_pk", AttributeValue.fromS(pk), "_sk", AttributeValue.fromS(sk))).build());
        return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
    }

    /** Every item of the table (full, paginated scan). */
    public List<Map<String, AttributeValue>> scan() {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        Map<String, AttributeValue> start = null;
        do {
            ScanResponse page = client.scan(ScanRequest.builder().tableName(table).consistentRead(true).exclusiveStartKey(start).build());
            items.addAll(page.items());
            start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
        } while (start != null);
        return items;
    }

    /** The string value of {@code attribute}, or null. */
    public static String s(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item == null ? null : item.get(attribute);
        return value == null ? null : value.s();
    }
}
