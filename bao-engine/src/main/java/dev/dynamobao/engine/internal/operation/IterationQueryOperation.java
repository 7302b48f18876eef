package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.DataAccessException;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.QueryRequest;
import software.amazon.awssdk.services.dynamodb.model.QueryResponse;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;

/**
 * Reads one page of primary ids from an iteration bucket: a {@code Query} of the
 * {@code KEYS_ONLY} index {@code iter_index} on {@code _iter_pk} ({@code LAYOUT.md} §7), projecting
 * {@code _iter_sk} only. Pages are DynamoDB's (up to 1 MB of keys).
 */
public final class IterationQueryOperation {

    /** The iteration index read by default, as dynamo-bao 0.6.0 does. */
    public static final String INDEX = "iter_index";

    private final RequestExecutor executor;

    /** Creates the operation. */
    public IterationQueryOperation(RequestExecutor executor) {
        this.executor = executor;
    }

    /**
     * One page of the bucket partition {@code iterationPartition}, in {@code _iter_sk} order.
     *
     * @param startKey where the previous page stopped, or null for the first page
     * @param context what is being iterated, for error messages (e.g. "iterate User bucket 3")
     */
    public IdPage page(String iterationPartition, Map<String, AttributeValue> startKey, String context, CapacitySink sink) {
        ExpressionContext expression = new ExpressionContext();
        String keyCondition = expression.name(LayoutAttributes.ITER_PK) + " = " + expression.value(AttributeValue.fromS(iterationPartition));
        String projection = expression.name(LayoutAttributes.ITER_SK);
        QueryRequest request = QueryRequest.builder().tableName(executor.table()).indexName(INDEX)
                .keyConditionExpression(keyCondition).projectionExpression(projection)
                .expressionAttributeNames(expression.names()).expressionAttributeValues(expression.values())
                .exclusiveStartKey(startKey).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        QueryResponse response;
        try {
            response = executor.execute(DynamoOperation.QUERY, executor.model(iterationPartition), (QueryResponse r) -> r.items().size(), context,
                    () -> executor.client().query(request), sink);
        } catch (DataAccessException failure) {
            throw missingIndex(failure, context);
        }
        List<String> ids = new ArrayList<>(response.count());
        for (Map<String, AttributeValue> item : response.items()) {
            AttributeValue id = item.get(LayoutAttributes.ITER_SK);
            if (id != null && id.s() != null && !id.s().isEmpty()) {
                ids.add(id.s());
            }
        }
        Map<String, AttributeValue> next = response.hasLastEvaluatedKey() && !response.lastEvaluatedKey().isEmpty()
                ? response.lastEvaluatedKey() : null;
        return new IdPage(ids, next);
    }

    private DataAccessException missingIndex(DataAccessException failure, String context) {
        if (failure.getCause() instanceof DynamoDbException service && service.getMessage() != null
                && service.getMessage().contains("index")) {
            return new DataAccessException(context + " failed: table '" + executor.table() + "' has no usable index '" + INDEX
                    + "' (" + service.awsErrorDetails().errorMessage() + "); add it with factory.schema().ensureTable()"
                    + " or dynamo-bao's bao-update-table", failure.getCause());
        }
        return failure;
    }

    /**
     * One page of primary ids.
     *
     * @param ids the primary ids ({@code _iter_sk}) of the page, in index order
     * @param nextStartKey where the next page starts, or null after the last page
     */
    public record IdPage(List<String> ids, Map<String, AttributeValue> nextStartKey) {

        /** Copies the ids. */
        public IdPage {
            ids = List.copyOf(ids);
        }

        /** Whether another page follows. */
        public boolean hasMore() {
            return nextStartKey != null;
        }
    }
}
