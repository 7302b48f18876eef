package dev.dynamobao.engine.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

class TableLayoutTest {

    private final CreateTableRequest request = TableLayout.createTableRequest("my-app");

    @Test
    void createTableRequest_namesTableAndUsesOnDemandBilling() {
        assertEquals("my-app", request.tableName());
        assertEquals(BillingMode.PAY_PER_REQUEST, request.billingMode());
        assertTrue(request.localSecondaryIndexes().isEmpty());
        assertEquals(null, request.provisionedThroughput());
        assertEquals(null, request.streamSpecification());
    }

    @Test
    void createTableRequest_keysTableByPkAndSk() {
        assertEquals(List.of("_pk HASH", "_sk RANGE"), keys(request.keySchema()));
    }

    @Test
    void createTableRequest_definesEveryKeyAttributeOnceAsString() {
        Map<String, ScalarAttributeType> definitions = request.attributeDefinitions().stream()
                .collect(Collectors.toMap(AttributeDefinition::attributeName, AttributeDefinition::attributeType,
                        (a, b) -> { throw new AssertionError("defined twice"); }, LinkedHashMap::new));
        assertEquals(List.of("_pk", "_sk", "_gsi1_pk", "_gsi1_sk", "_gsi2_pk", "_gsi2_sk", "_gsi3_pk", "_gsi3_sk",
                "_gsi4_pk", "_gsi4_sk", "_gsi5_pk", "_gsi5_sk", "_iter_pk", "_iter_sk"), List.copyOf(definitions.keySet()));
        assertTrue(definitions.values().stream().allMatch(type -> type == ScalarAttributeType.S));
    }

    @Test
    void createTableRequest_hasTheSevenLayoutIndexes() {
        Map<String, String> indexes = new LinkedHashMap<>();
        for (GlobalSecondaryIndex index : request.globalSecondaryIndexes()) {
            indexes.put(index.indexName(), keys(index.keySchema()) + " " + index.projection().projectionType()
                    + index.projection().nonKeyAttributes());
            assertEquals(null, index.provisionedThroughput(), index.indexName());
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (int slot = 1; slot <= 5; slot++) {
            expected.put("gsi" + slot, "[_gsi" + slot + "_pk HASH, _gsi" + slot + "_sk RANGE] ALL[]");
        }
        expected.put("iter_index", "[_iter_pk HASH, _iter_sk RANGE] KEYS_ONLY[]");
        expected.put("iter_search_index", "[_iter_pk HASH, _iter_sk RANGE] INCLUDE[_searchText]");
        assertEquals(expected, indexes);
    }

    @Test
    void enableTimeToLiveRequest_enablesTtlAttribute() {
        UpdateTimeToLiveRequest ttl = TableLayout.enableTimeToLiveRequest("my-app");
        assertEquals("my-app", ttl.tableName());
        assertEquals(true, ttl.timeToLiveSpecification().enabled());
        assertEquals("ttl", ttl.timeToLiveSpecification().attributeName());
    }

    @Test
    void indexes_markOnlyIndexesAddedByLaterJsVersionsAsOptional() {
        List<String> optional = TableLayout.indexes().stream()
                .filter(IndexDefinition::legacyOptional).map(IndexDefinition::name).toList();
        assertEquals(List.of("gsi4", "gsi5", "iter_search_index"), optional);
    }

    private static List<String> keys(List<KeySchemaElement> keySchema) {
        return keySchema.stream().map(key -> key.attributeName() + " " + key.keyType()).toList();
    }
}
