package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamobao.engine.internal.expression.Condition;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemResponse;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemResponse;

/**
 * The two SDK forms of one write — its single-item request and its transaction action — built
 * from one {@link ItemWrite}, without a database (a capturing client only records the request).
 */
class ItemWriteTest {

    private static final ItemKey KEY = new ItemKey("u#1", "u");
    private static final Map<String, AttributeValue> ITEM = Map.of("_pk", AttributeValue.fromS("u#1"),
            "_sk", AttributeValue.fromS("u"), "name", AttributeValue.fromS("Ann"));

    @Test
    void put_singleRequestAndTransactionAction_carryTheSameItemAndCondition() {
        ExpressionContext context = new ExpressionContext();
        String condition = Condition.attributeNotExists("_pk").render(context);
        ItemWrite write = ItemWrite.put("t", ITEM, condition, context);

        Put put = write.transactItem().put();
        PutItemRequest request = (PutItemRequest) sent(write, null);

        assertEquals(KEY, write.key(), "the key is read from the item");
        assertEquals(DynamoOperation.PUT_ITEM, write.kind().operation());
        assertEquals(Arrays.asList("t", ITEM, condition, Map.of("#a", "_pk")),
                Arrays.asList(put.tableName(), put.item(), put.conditionExpression(), put.expressionAttributeNames()));
        assertEquals(Arrays.asList(put.tableName(), put.item(), put.conditionExpression(), put.expressionAttributeNames()),
                Arrays.asList(request.tableName(), request.item(), request.conditionExpression(), request.expressionAttributeNames()));
        assertEquals(ReturnConsumedCapacity.TOTAL, request.returnConsumedCapacity());
        assertEquals(false, request.hasExpressionAttributeValues(), "no values: DynamoDB rejects an empty map");
    }

    @Test
    void update_singleRequestAndTransactionAction_carryTheSameKeyExpressionsAndValues() {
        ExpressionContext context = new ExpressionContext();
        String updateExpression = "SET " + context.name("name") + " = " + context.value(AttributeValue.fromS("Bob"));
        String condition = Condition.attributeExists("_pk").render(context);
        ItemWrite write = ItemWrite.update("t", KEY, updateExpression, condition, context);

        Update update = write.transactItem().update();
        UpdateItemRequest request = (UpdateItemRequest) sent(write, null);

        assertEquals(KEY.toMap(), update.key());
        assertEquals(Arrays.asList(update.tableName(), update.key(), update.updateExpression(), update.conditionExpression(),
                        update.expressionAttributeNames(), update.expressionAttributeValues()),
                Arrays.asList(request.tableName(), request.key(), request.updateExpression(), request.conditionExpression(),
                        request.expressionAttributeNames(), request.expressionAttributeValues()));
        assertNull(request.returnValuesOnConditionCheckFailure(), "the old item is never asked for");
    }

    @Test
    void delete_withoutCondition_sendsNoExpressionsInEitherForm() {
        ItemWrite write = ItemWrite.delete("t", KEY, null, new ExpressionContext());

        Delete delete = write.transactItem().delete();
        DeleteItemRequest request = (DeleteItemRequest) sent(write, null);

        assertEquals(KEY.toMap(), delete.key());
        assertEquals(KEY.toMap(), request.key());
        assertNull(delete.conditionExpression());
        assertNull(request.conditionExpression());
        assertEquals(false, delete.hasExpressionAttributeNames() || request.hasExpressionAttributeNames());
    }

    @Test
    void send_passesTheOverrideConfiguration() {
        AwsRequestOverrideConfiguration override = AwsRequestOverrideConfiguration.builder().build();
        DynamoDbRequest request = sent(ItemWrite.delete("t", KEY, null, new ExpressionContext()), override);
        assertSame(override, request.overrideConfiguration().orElseThrow());
    }

    @Test
    void aPutWithoutItem_orAnUpdateWithoutExpression_isRejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new ItemWrite(ItemWrite.Kind.PUT, "t", KEY, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ItemWrite(ItemWrite.Kind.UPDATE, "t", KEY, null, null, null, null, null));
        assertThrows(IllegalArgumentException.class,
                () -> new ItemWrite(ItemWrite.Kind.DELETE, "t", KEY, ITEM, null, null, null, null));
    }

    /** The request {@code write} sends as its single-item form. */
    private static DynamoDbRequest sent(ItemWrite write, AwsRequestOverrideConfiguration override) {
        AtomicReference<DynamoDbRequest> captured = new AtomicReference<>();
        DynamoDbClient client = new DynamoDbClient() {
            @Override
            public PutItemResponse putItem(PutItemRequest request) {
                captured.set(request);
                return PutItemResponse.builder().build();
            }

            @Override
            public UpdateItemResponse updateItem(UpdateItemRequest request) {
                captured.set(request);
                return UpdateItemResponse.builder().build();
            }

            @Override
            public DeleteItemResponse deleteItem(DeleteItemRequest request) {
                captured.set(request);
                return DeleteItemResponse.builder().build();
            }

            @Override
            public String serviceName() {
                return "dynamodb";
            }

            @Override
            public void close() {
            }
        };
        write.send(client, override);
        return captured.get();
    }
}
