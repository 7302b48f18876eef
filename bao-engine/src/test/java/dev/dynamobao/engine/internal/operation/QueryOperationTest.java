package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

class QueryOperationTest {

    private static final QueryOperation.Spec GSI_SPEC = new QueryOperation.Spec("gsi2", "#a = :a", "#b = :b",
            Map.of("#a", "_gsi2_pk", "#b", "status"), Map.of(":a", AttributeValue.fromS("p#gsi2#p"),
            ":b", AttributeValue.fromS("active")), true);

    @Test
    void request_onAnIndex_carriesEveryPart() {
        Map<String, AttributeValue> start = Map.of("_pk", AttributeValue.fromS("p#1"));

        QueryRequest request = QueryOperation.request("table", GSI_SPEC, start, 25);

        assertEquals("table", request.tableName());
        assertEquals("gsi2", request.indexName());
        assertEquals("#a = :a", request.keyConditionExpression());
        assertEquals("#b = :b", request.filterExpression());
        assertEquals(GSI_SPEC.names(), request.expressionAttributeNames());
        assertEquals(GSI_SPEC.values(), request.expressionAttributeValues());
        assertFalse(request.scanIndexForward());
        assertEquals(start, request.exclusiveStartKey());
        assertEquals(25, request.limit());
        assertEquals(ReturnConsumedCapacity.TOTAL, request.returnConsumedCapacity());
    }

    @Test
    void request_onThePrimaryKey_withoutOptions_leavesThemOut() {
        QueryOperation.Spec spec = new QueryOperation.Spec(null, "#a = :a", null, Map.of("#a", "_pk"),
                Map.of(":a", AttributeValue.fromS("u#1")), false);

        QueryRequest request = QueryOperation.request("table", spec, null, null);

        assertNull(request.indexName());
        assertNull(request.filterExpression());
        assertNull(request.limit());
        assertFalse(request.hasExclusiveStartKey());
        assertTrue(request.scanIndexForward());
        // Eventually consistent, as dynamo-bao reads.
        assertNull(request.consistentRead());
    }
}
