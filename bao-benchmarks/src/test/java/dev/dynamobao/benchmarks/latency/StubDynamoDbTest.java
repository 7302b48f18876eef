package dev.dynamobao.benchmarks.latency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoConfiguration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.KeysAndAttributes;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;

/** The in-memory stub reads back what was written, through the real SDK client. */
class StubDynamoDbTest {

    @Test
    void batchGetItem_returnsTheItemsPutAndSkipsMissingKeys() {
        try (LatencyRig rig = new LatencyRig()) {
            put(rig, "a", "t", "1");
            put(rig, "b", "t", "2");

            var response = rig.client().batchGetItem(request -> request.requestItems(Map.of(LatencyRig.TABLE,
                    KeysAndAttributes.builder().keys(DelayedStubHttpClientTest.key("a"), DelayedStubHttpClientTest.key("b"),
                            DelayedStubHttpClientTest.key("missing")).build())));

            List<Map<String, AttributeValue>> items = response.responses().get(LatencyRig.TABLE);
            assertEquals(2, items.size());
            assertTrue(response.unprocessedKeys().isEmpty());
        }
    }

    @Test
    void query_withLimit_pagesThroughTheIndexPartitionInSortOrder() {
        try (LatencyRig rig = new LatencyRig()) {
            for (int i = 5; i >= 1; i--) {
                put(rig, "p" + i, "topic", Integer.toString(i));
            }
            put(rig, "other", "elsewhere", "1");

            List<String> sortKeys = new ArrayList<>();
            Map<String, AttributeValue> start = null;
            int pages = 0;
            do {
                Map<String, AttributeValue> from = start;
                QueryResponse page = rig.client().query(request -> request.tableName(LatencyRig.TABLE).indexName("gsi1")
                        .keyConditionExpression("#p = :p").expressionAttributeNames(Map.of("#p", "_gsi1_pk"))
                        .expressionAttributeValues(Map.of(":p", AttributeValue.fromS("topic"))).limit(2).exclusiveStartKey(from));
                page.items().forEach(item -> sortKeys.add(item.get("_gsi1_sk").n()));
                start = page.hasLastEvaluatedKey() && !page.lastEvaluatedKey().isEmpty() ? page.lastEvaluatedKey() : null;
                pages++;
            } while (start != null);

            assertEquals(List.of("1", "2", "3", "4", "5"), sortKeys);
            assertEquals(3, pages);
        }
    }

    @Test
    void updateItem_setsAndRemovesAttributes() {
        try (LatencyRig rig = new LatencyRig()) {
            put(rig, "u", "t", "1");

            rig.client().updateItem(request -> request.tableName(LatencyRig.TABLE).key(DelayedStubHttpClientTest.key("u"))
                    .updateExpression("SET #t = :t ADD #n :one REMOVE #s")
                    .expressionAttributeNames(Map.of("#t", "title", "#n", "count", "#s", "_gsi1_sk"))
                    .expressionAttributeValues(Map.of(":t", AttributeValue.fromS("new"), ":one", AttributeValue.fromN("1"))));

            Map<String, AttributeValue> item = rig.client()
                    .getItem(request -> request.tableName(LatencyRig.TABLE).key(DelayedStubHttpClientTest.key("u"))).item();
            assertEquals("new", item.get("title").s());
            assertEquals("1", item.get("count").n());
            assertFalse(item.containsKey("_gsi1_sk"));
        }
    }

    @Test
    void query_withFilterExpression_isRefusedRatherThanAnsweredWrongly() {
        try (LatencyRig rig = new LatencyRig()) {
            DynamoDbException refused = assertThrows(DynamoDbException.class, () -> rig.client().query(request -> request
                    .tableName(LatencyRig.TABLE).keyConditionExpression("#p = :p").filterExpression("#p = :p")
                    .expressionAttributeNames(Map.of("#p", "_pk")).expressionAttributeValues(Map.of(":p", AttributeValue.fromS("x")))));

            assertEquals(400, refused.statusCode());
            assertTrue(refused.getMessage().contains("FilterExpression"), refused.getMessage());
        }
    }

    @Test
    void everyWorkload_withoutDelay_readsBackWhatItWrote() throws Exception {
        for (Workload workload : Workloads.all(BaoConfiguration.DEFAULT_MAX_CONCURRENCY)) {
            Measurement measurement = LatencyBenchmark.run(workload, java.time.Duration.ZERO, BaoConfiguration.DEFAULT_MAX_CONCURRENCY);
            assertTrue(measurement.requests() > 0, workload.name());
        }
    }

    private static void put(LatencyRig rig, String id, String partition, String sort) {
        Map<String, AttributeValue> item = new HashMap<>(DelayedStubHttpClientTest.key(id));
        item.put("_gsi1_pk", AttributeValue.fromS(partition));
        item.put("_gsi1_sk", AttributeValue.fromN(sort));
        rig.client().putItem(request -> request.tableName(LatencyRig.TABLE).item(item));
    }
}
