package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.engine.internal.metrics.ModelNames;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reads one page of a partition with {@code Query} (eventually consistent, as dynamo-bao reads):
 * builds the request from a {@link Spec}, sends it and returns the items with the
 * {@code LastEvaluatedKey}.
 */
public final class QueryOperation {

    private static final java.util.regex.Pattern PARTITION_PLACEHOLDER = java.util.regex.Pattern.compile("=\\s*(:\\w+)");

    private final RequestExecutor executor;

    /** Creates the operation. */
    public QueryOperation(RequestExecutor executor) {
        this.executor = executor;
    }

    /**
     * What to query, with expressions already rendered into placeholders.
     *
     * @param indexName the physical index ({@code gsiN}), or {@code null} for the table's primary key
     * @param keyConditionExpression the {@code KeyConditionExpression}
     * @param filterExpression the {@code FilterExpression}, or {@code null}
     * @param names the {@code ExpressionAttributeNames} (never empty: the key condition has one)
     * @param values the {@code ExpressionAttributeValues}
     * @param descending whether to read the sort key from highest to lowest
     */
    public record Spec(String indexName, String keyConditionExpression, String filterExpression,
                       Map<String, String> names, Map<String, AttributeValue> values, boolean descending) {

        /** Copies the maps. */
        public Spec {
            Objects.requireNonNull(keyConditionExpression, "keyConditionExpression");
            names = Map.copyOf(names);
            values = Map.copyOf(values);
        }
    }

    /**
     * One response: the matching items and where DynamoDB stopped.
     *
     * @param items the items that passed the filter, in index order
     * @param lastEvaluatedKey the key to continue after, or {@code null} when the partition is exhausted
     */
    public record Result(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> lastEvaluatedKey) {

        /** Copies the item list. */
        public Result {
            items = List.copyOf(items);
        }
    }

    /** The {@code QueryRequest} for one page ({@code startKey} and {@code limit} may be null). */
    public static QueryRequest request(String table, Spec spec, Map<String, AttributeValue> startKey, Integer limit) {
        QueryRequest.Builder builder = QueryRequest.builder()
                .tableName(table)
                .keyConditionExpression(spec.keyConditionExpression())
                .expressionAttributeNames(spec.names())
                .expressionAttributeValues(spec.values().isEmpty() ? null : spec.values())
                .scanIndexForward(!spec.descending())
                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL);
        if (spec.indexName() != null) {
            builder.indexName(spec.indexName());
        }
        if (spec.filterExpression() != null) {
            builder.filterExpression(spec.filterExpression());
        }
        if (startKey != null) {
            builder.exclusiveStartKey(startKey);
        }
        if (limit != null) {
            builder.limit(limit);
        }
        return builder.build();
    }

    /** The partition value the key condition compares with (its first {@code = :placeholder}), or null. */
    private static String partitionValue(Spec spec) {
        java.util.regex.Matcher placeholder = PARTITION_PLACEHOLDER.matcher(spec.keyConditionExpression());
        if (!placeholder.find()) {
            return null;
        }
        AttributeValue value = spec.values().get(placeholder.group(1));
        return value == null ? null : value.s();
    }

    /**
     * Sends one {@code Query}.
     *
     * @param context what the query reads, for error messages
     */
    public Result query(Spec spec, Map<String, AttributeValue> startKey, Integer limit, String context, CapacitySink sink) {
        QueryRequest request = request(executor.table(), spec, startKey, limit);
        String model = executor.publishesEvents() ? executor.model(partitionValue(spec)) : ModelNames.UNKNOWN;
        QueryResponse response = executor.execute(DynamoOperation.QUERY, model, (QueryResponse r) -> r.items().size(), context,
                () -> executor.client().query(request), sink);
        Map<String, AttributeValue> last = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey() : null;
        return new Result(response.hasItems() ? response.items() : List.of(), last);
    }
}
