package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.DataAccessException;
import dev.dynamobao.ThrottledException;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.metrics.ModelNames;
import dev.dynamobao.engine.internal.metrics.RequestMetrics;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/**
 * How {@code RequestExecutor} wraps SDK failures (SPEC §8) and publishes every request. Faults
 * come from a fault-injecting client; the happy path is covered against a real server (moto) in bao-tck.
 */
class RequestExecutorTest {

    private static final String TABLE = "orders";
    private final List<RequestEvent> events = new ArrayList<>();

    private GetOperation get(FaultInjectingClient client) {
        return new GetOperation(new RequestExecutor(client, TABLE, new RequestMetrics(List.of(events::add))));
    }

    @Test
    void get_returnsTheItem_andPublishesItsReadCapacity() {
        FaultInjectingClient client = new FaultInjectingClient(TABLE).with("u#1", "u", Map.of("name", AttributeValue.fromS("Ann")));
        List<ConsumedCapacity> seen = new ArrayList<>();
        Map<String, AttributeValue> item = get(client).get(new ItemKey("u#1", "u"), "find User '1'", seen::add);
        assertEquals("Ann", item.get("name").s());
        assertEquals(List.of(new ConsumedCapacity(0.5, 0)), seen);
        assertEquals(1, events.size());
        assertEquals(DynamoOperation.GET_ITEM, events.get(0).operation());
        assertTrue(events.get(0).succeeded());
        assertEquals(TABLE, events.get(0).table());
    }

    @Test
    void model_namesTheModelOfAPartitionKey_whenAListenerHearsTheEvent() {
        RequestExecutor executor = new RequestExecutor(new FaultInjectingClient(TABLE), TABLE,
                new RequestMetrics(List.of(events::add)), ModelNames.fromPrefixes(Map.of("u", "User")));
        assertEquals("User", executor.model("u#1"));
        assertEquals("User", executor.model(List.of("u#1", "u#2")));
    }

    @Test
    void model_withoutListeners_isNotWorkedOut_andNoEventIsBuilt() {
        RequestExecutor executor = new RequestExecutor(new FaultInjectingClient(TABLE).with("u#1", "u",
                Map.of("name", AttributeValue.fromS("Ann"))), TABLE, new RequestMetrics(List.of()),
                ModelNames.fromPrefixes(Map.of("u", "User")));
        assertEquals(ModelNames.UNKNOWN, executor.model("u#1"));
        List<ConsumedCapacity> seen = new ArrayList<>();
        Map<String, AttributeValue> item = new GetOperation(executor).get(new ItemKey("u#1", "u"), "find User '1'", seen::add);
        assertEquals("Ann", item.get("name").s());
        assertEquals(List.of(new ConsumedCapacity(0.5, 0)), seen, "capacity is still recorded");
    }

    @Test
    void get_ofAnAbsentItem_returnsNull() {
        assertEquals(null, get(new FaultInjectingClient(TABLE)).get(new ItemKey("u#2", "u"), "find User '2'", CapacitySink.NONE));
    }

    @Test
    void missingTable_isADataAccessException_namingTableAndOperation_andSayingToCreateIt() {
        ResourceNotFoundException missing = ResourceNotFoundException.builder()
                .message("Cannot do operations on a non-existent table")
                .awsErrorDetails(AwsErrorDetails.builder().errorMessage("Cannot do operations on a non-existent table")
                        .errorCode("ResourceNotFoundException").build())
                .build();
        FaultInjectingClient client = new FaultInjectingClient(TABLE).failWith(missing);
        DataAccessException failure = assertThrows(DataAccessException.class,
                () -> get(client).get(new ItemKey("u#1", "u"), "find User '1'", CapacitySink.NONE));
        assertTrue(failure.getMessage().contains("find User '1'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("'orders'"), failure.getMessage());
        assertTrue(failure.getMessage().contains("ensureTable()"), failure.getMessage());
        assertSame(missing, failure.getCause());
        assertEquals(false, events.get(0).succeeded());
        assertEquals(ConsumedCapacity.ZERO, events.get(0).capacity());
    }

    @Test
    void throttling_afterTheSdkRetries_isAThrottledException_withTheCause() {
        ProvisionedThroughputExceededException throttled = ProvisionedThroughputExceededException.builder().message("slow down").statusCode(400)
                        .awsErrorDetails(AwsErrorDetails.builder().errorCode("ProvisionedThroughputExceededException")
                                .errorMessage("slow down").build()).build();
        FaultInjectingClient client = new FaultInjectingClient(TABLE).failWith(throttled);
        ThrottledException failure = assertThrows(ThrottledException.class,
                () -> get(client).get(new ItemKey("u#1", "u"), "find User '1'", CapacitySink.NONE));
        assertTrue(failure.getMessage().contains("find User '1'") && failure.getMessage().contains("throttled"), failure.getMessage());
        assertSame(throttled, failure.getCause());
    }

    @Test
    void otherServiceErrors_areDataAccessExceptions_withContextAndCause() {
        DynamoDbException invalid = (DynamoDbException) DynamoDbException.builder().message("One or more parameter values were invalid")
                .statusCode(400).build();
        FaultInjectingClient client = new FaultInjectingClient(TABLE).failWith(invalid);
        DataAccessException failure = assertThrows(DataAccessException.class,
                () -> get(client).get(new ItemKey("u#1", "u"), "find User '1'", CapacitySink.NONE));
        assertTrue(failure.getMessage().startsWith("find User '1' failed: "), failure.getMessage());
        assertSame(invalid, failure.getCause());
    }

    @Test
    void clientErrors_areDataAccessExceptions_withContextAndCause() {
        SdkClientException unreachable = SdkClientException.create("Unable to execute HTTP request: Connection refused");
        FaultInjectingClient client = new FaultInjectingClient(TABLE).failWith(unreachable);
        DataAccessException failure = assertThrows(DataAccessException.class,
                () -> get(client).get(new ItemKey("u#1", "u"), "find User '1'", CapacitySink.NONE));
        assertTrue(failure.getMessage().contains("Connection refused"), failure.getMessage());
        assertSame(unreachable, failure.getCause());
    }

    @Test
    void conditionFailures_passThrough_forTheOperationToInterpret() {
        ConditionalCheckFailedException condition = ConditionalCheckFailedException.builder().message("failed").build();
        FaultInjectingClient client = new FaultInjectingClient(TABLE).failWith(condition);
        assertSame(condition, assertThrows(ConditionalCheckFailedException.class,
                () -> get(client).get(new ItemKey("u#1", "u"), "find User '1'", CapacitySink.NONE)));
        assertEquals(false, events.get(0).succeeded());
    }

    @Test
    void query_reportsTheItemsItReturned_andNoneWhenItFails() {
        List<Map<String, AttributeValue>> items = List.of(Map.of("_pk", AttributeValue.fromS("u#1")),
                Map.of("_pk", AttributeValue.fromS("u#2")), Map.of("_pk", AttributeValue.fromS("u#3")));
        RequestExecutor executor = new RequestExecutor(new FaultInjectingClient(TABLE), TABLE, new RequestMetrics(List.of(events::add)));
        QueryResponse response = QueryResponse.builder().items(items).count(items.size()).build();

        executor.execute(DynamoOperation.QUERY, "unknown", (QueryResponse r) -> r.items().size(), "query", () -> response, CapacitySink.NONE);
        assertThrows(DataAccessException.class, () -> executor.execute(DynamoOperation.QUERY, "unknown", (QueryResponse r) -> r.items().size(),
                "query", () -> {
                    throw SdkClientException.create("Connection refused");
                }, CapacitySink.NONE));

        assertEquals(List.of(3, 0), events.stream().map(RequestEvent::itemCount).toList());
        assertEquals(List.of(true, false), events.stream().map(RequestEvent::succeeded).toList());
    }
}
