package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * One conditional single-item write — a put, an update or a delete — in the one form both of its
 * SDK shapes are built from: the single-item request ({@code PutItem}, {@code UpdateItem},
 * {@code DeleteItem}, see {@link #send}) and the action of a {@code TransactWriteItems}
 * ({@link #transactItem}). This is the only place those SDK requests of entity and constraint
 * writes are built; the operations ({@link CreateOperation}, {@link UpdateOperation},
 * {@link DeleteOperation}, {@link ConstraintActions}) decide what goes into them.
 *
 * <p>Like the AWS Enhanced Client's {@code UpdateItemOperation}, which derives
 * {@code generateTransactWriteItem} from {@code generateRequest}: the two forms cannot drift.
 *
 * @param kind put, update or delete
 * @param table the table name
 * @param key the table key of the item written ({@code _pk}, {@code _sk})
 * @param item the complete item of a put, null otherwise
 * @param updateExpression the update expression of an update, null otherwise
 * @param condition the condition expression, or null
 * @param names the expression attribute names, or null when there are none
 * @param values the expression attribute values, or null when there are none
 */
public record ItemWrite(Kind kind, String table, ItemKey key, Map<String, AttributeValue> item, String updateExpression,
                        String condition, Map<String, String> names, Map<String, AttributeValue> values) {

    /** What the write does to its item. */
    public enum Kind {
        /** Stores the complete item ({@code PutItem}). */
        PUT(DynamoOperation.PUT_ITEM),
        /** Changes some attributes ({@code UpdateItem}). */
        UPDATE(DynamoOperation.UPDATE_ITEM),
        /** Deletes the item ({@code DeleteItem}). */
        DELETE(DynamoOperation.DELETE_ITEM);

        private final DynamoOperation operation;

        Kind(DynamoOperation operation) {
            this.operation = operation;
        }

        /** The single-item API operation, for metrics. */
        public DynamoOperation operation() {
            return operation;
        }
    }

    /** Checks that each kind carries what it needs. */
    public ItemWrite {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(key, "key");
        if ((kind == Kind.PUT) != (item != null) || (kind == Kind.UPDATE) != (updateExpression != null)) {
            throw new IllegalArgumentException("a put carries an item, an update an update expression, nothing else: " + kind);
        }
    }

    /**
     * A put of {@code item} (which holds its table key) on {@code condition}.
     *
     * @param expressions the names and values {@code condition} refers to
     */
    public static ItemWrite put(String table, Map<String, AttributeValue> item, String condition, ExpressionContext expressions) {
        return new ItemWrite(Kind.PUT, table, ItemKey.of(item), item, null, condition, expressions.namesOrNull(),
                expressions.valuesOrNull());
    }

    /**
     * An update of the item at {@code key} on {@code condition}.
     *
     * @param expressions the names and values both expressions refer to
     */
    public static ItemWrite update(String table, ItemKey key, String updateExpression, String condition,
                                   ExpressionContext expressions) {
        return new ItemWrite(Kind.UPDATE, table, key, null, updateExpression, condition, expressions.namesOrNull(),
                expressions.valuesOrNull());
    }

    /**
     * A delete of the item at {@code key}.
     *
     * @param condition the condition, or null for none
     * @param expressions the names and values {@code condition} refers to
     */
    public static ItemWrite delete(String table, ItemKey key, String condition, ExpressionContext expressions) {
        return new ItemWrite(Kind.DELETE, table, key, null, null, condition, expressions.namesOrNull(),
                expressions.valuesOrNull());
    }

    /** The key as an SDK attribute map (what a read-back of this item asks for). */
    public Map<String, AttributeValue> keyMap() {
        return key.toMap();
    }

    /** The {@code _pk} of the item written (names its model in metrics). */
    public String partitionKey() {
        return key.pk();
    }

    /** The write as one action of a {@code TransactWriteItems}. */
    public TransactWriteItem transactItem() {
        return switch (kind) {
            case PUT -> TransactWriteItem.builder().put(Put.builder().tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values).build()).build();
            case UPDATE -> TransactWriteItem.builder().update(Update.builder().tableName(table).key(keyMap())
                    .updateExpression(updateExpression).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values).build()).build();
            case DELETE -> TransactWriteItem.builder().delete(Delete.builder().tableName(table).key(keyMap())
                    .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values).build())
                    .build();
        };
    }

    /**
     * Sends the write as its single-item request, asking for the consumed capacity.
     *
     * @param override per-request SDK configuration (e.g. no SDK retries), or null
     */
    public DynamoDbResponse send(DynamoDbClient client, AwsRequestOverrideConfiguration override) {
        return switch (kind) {
            case PUT -> client.putItem(PutItemRequest.builder().tableName(table).item(item).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).overrideConfiguration(override).build());
            case UPDATE -> client.updateItem(UpdateItemRequest.builder().tableName(table).key(keyMap())
                    .updateExpression(updateExpression).conditionExpression(condition)
                    .expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).overrideConfiguration(override).build());
            case DELETE -> client.deleteItem(DeleteItemRequest.builder().tableName(table).key(keyMap())
                    .conditionExpression(condition).expressionAttributeNames(names).expressionAttributeValues(values)
                    .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).overrideConfiguration(override).build());
        };
    }
}
