package dev.dynamobao.tck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;

/** Asserts, with DescribeTable and DescribeTimeToLive, that a table has exactly the LAYOUT.md §2 shape. */
public final class LayoutAssertions {

    private LayoutAssertions() {
    }

    /** Fails unless {@code table} has the keys, types, seven indexes, billing mode and TTL of the layout. */
    public static void assertExactLayout(DynamoDbClient client, String table) {
        TableDescription description = client.describeTable(request -> request.tableName(table)).table();

        assertEquals("ACTIVE", description.tableStatusAsString(), "status");
        assertEquals(List.of("_pk HASH", "_sk RANGE"), keys(description.keySchema()), "table key schema");
        Map<String, String> types = new TreeMap<>(description.attributeDefinitions().stream()
                .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeTypeAsString)));
        Map<String, String> expectedTypes = new TreeMap<>();
        for (String name : List.of("_pk", "_sk", "_gsi1_pk", "_gsi1_sk", "_gsi2_pk", "_gsi2_sk", "_gsi3_pk", "_gsi3_sk",
                "_gsi4_pk", "_gsi4_sk", "_gsi5_pk", "_gsi5_sk", "_iter_pk", "_iter_sk")) {
            expectedTypes.put(name, "S");
        }
        assertEquals(expectedTypes, types, "attribute definitions");
        assertEquals("PAY_PER_REQUEST", description.billingModeSummary().billingModeAsString(), "billing mode");
        assertEquals(List.of(), description.localSecondaryIndexes(), "local secondary indexes");

        Map<String, String> indexes = new TreeMap<>();
        for (GlobalSecondaryIndexDescription index : description.globalSecondaryIndexes()) {
            indexes.put(index.indexName(), keys(index.keySchema()) + " " + index.projection().projectionTypeAsString()
                    + index.projection().nonKeyAttributes());
        }
        Map<String, String> expectedIndexes = new TreeMap<>();
        for (int slot = 1; slot <= 5; slot++) {
            expectedIndexes.put("gsi" + slot, "[_gsi" + slot + "_pk HASH, _gsi" + slot + "_sk RANGE] ALL[]");
        }
        expectedIndexes.put("iter_index", "[_iter_pk HASH, _iter_sk RANGE] KEYS_ONLY[]");
        expectedIndexes.put("iter_search_index", "[_iter_pk HASH, _iter_sk RANGE] INCLUDE[_searchText]");
        assertEquals(expectedIndexes, indexes, "global secondary indexes");

        TimeToLiveDescription ttl = client.describeTimeToLive(request -> request.tableName(table)).timeToLiveDescription();
        assertEquals("ENABLED", ttl.timeToLiveStatusAsString(), "TTL status");
        assertEquals("ttl", ttl.attributeName(), "TTL attribute");
    }

    private static List<String> keys(List<KeySchemaElement> keySchema) {
        return keySchema.stream().map(key -> key.attributeName() + " " + key.keyTypeAsString()).toList();
    }
}
