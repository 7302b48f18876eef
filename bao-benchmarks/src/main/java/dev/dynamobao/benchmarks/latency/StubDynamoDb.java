package dev.dynamobao.benchmarks.latency;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;
import software.amazon.awssdk.protocols.jsoncore.JsonWriter;

/**
 * Answers DynamoDB JSON requests from in-memory tables, so that what was written is read back:
 * {@code PutItem}, {@code UpdateItem}, {@code DeleteItem}, {@code GetItem}, {@code BatchGetItem},
 * {@code BatchWriteItem}, {@code TransactWriteItems} and {@code Query} (with {@code Limit},
 * {@code ExclusiveStartKey}, projections and a 1 MB page). Conditions are not evaluated: every
 * write succeeds, as it does for the fresh items of the latency workloads. Batches are answered
 * whole (no {@code UnprocessedKeys}/{@code UnprocessedItems}). Requests it cannot answer
 * faithfully (filters, nested paths, other operations) fail with {@link StubRequestException}.
 * Thread-safe: each request is applied atomically (one lock for all tables).
 */
public final class StubDynamoDb {

    private final Map<String, InMemoryTable> tables = new HashMap<>();

    /**
     * The JSON response to {@code operation} (the {@code X-Amz-Target} suffix, e.g. {@code PutItem}).
     *
     * @throws StubRequestException when the stub cannot answer it
     */
    public byte[] answer(String operation, JsonNode request) {
        JsonWriter out = JsonWriter.create();
        out.writeStartObject();
        synchronized (this) {
            switch (operation) {
                case "PutItem" -> putItem(request, out);
                case "UpdateItem" -> updateItem(request, out);
                case "DeleteItem" -> deleteItem(request, out);
                case "GetItem" -> getItem(request, out);
                case "BatchGetItem" -> batchGetItem(request, out);
                case "BatchWriteItem" -> batchWriteItem(request, out);
                case "TransactWriteItems" -> transactWriteItems(request, out);
                case "Query" -> query(request, out);
                default -> throw new StubRequestException("the stub does not answer " + operation);
            }
        }
        out.writeEndObject();
        return out.getBytes();
    }

    /** The number of items in {@code table} (for checks). */
    public synchronized int itemCount(String table) {
        InMemoryTable items = tables.get(table);
        return items == null ? 0 : items.size();
    }

    private InMemoryTable table(JsonNode request) {
        String name = Json.text(request, "TableName");
        if (name == null) {
            throw new StubRequestException("request without TableName");
        }
        return tables.computeIfAbsent(name, ignored -> new InMemoryTable());
    }

    private void putItem(JsonNode request, JsonWriter out) {
        Map<String, JsonNode> old = table(request).put(Json.object(request, "Item"));
        returnValues(request, old, null, out);
        capacity(request, 1.0, out);
    }

    private void updateItem(JsonNode request, JsonWriter out) {
        UpdateExpression update = UpdateExpression.parse(Json.text(request, "UpdateExpression"), Expressions.of(request));
        InMemoryTable table = table(request);
        Map<String, JsonNode> key = Json.object(request, "Key");
        Map<String, JsonNode> old = table.get(key);
        Map<String, JsonNode> changed = table.update(key, update);
        returnValues(request, old, changed, out);
        capacity(request, 1.0, out);
    }

    private void deleteItem(JsonNode request, JsonWriter out) {
        Map<String, JsonNode> old = table(request).delete(Json.object(request, "Key"));
        returnValues(request, old, null, out);
        capacity(request, 1.0, out);
    }

    private void getItem(JsonNode request, JsonWriter out) {
        Map<String, JsonNode> item = table(request).get(Json.object(request, "Key"));
        if (item != null) {
            out.writeFieldName("Item");
            Json.writeItem(out, Expressions.project(item, Expressions.of(request).projection(request)));
        }
        capacity(request, 0.5, out);
    }

    private void batchGetItem(JsonNode request, JsonWriter out) {
        Map<String, JsonNode> requestItems = Json.object(request, "RequestItems");
        out.writeFieldName("Responses");
        out.writeStartObject();
        Map<String, Integer> reads = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : requestItems.entrySet()) {
            InMemoryTable table = tables.computeIfAbsent(entry.getKey(), ignored -> new InMemoryTable());
            Set<String> projection = Expressions.of(entry.getValue()).projection(entry.getValue());
            out.writeFieldName(entry.getKey());
            out.writeStartArray();
            List<JsonNode> keys = entry.getValue().field("Keys").map(JsonNode::asArray).orElse(List.of());
            for (JsonNode key : keys) {
                Map<String, JsonNode> item = table.get(key.asObject());
                if (item != null) {
                    Json.writeItem(out, Expressions.project(item, projection));
                }
            }
            out.writeEndArray();
            reads.put(entry.getKey(), keys.size());
        }
        out.writeEndObject();
        out.writeFieldName("UnprocessedKeys");
        out.writeStartObject();
        out.writeEndObject();
        capacityList(request, reads, 0.5, out);
    }

    private void batchWriteItem(JsonNode request, JsonWriter out) {
        Map<String, Integer> writes = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : Json.object(request, "RequestItems").entrySet()) {
            InMemoryTable table = tables.computeIfAbsent(entry.getKey(), ignored -> new InMemoryTable());
            List<JsonNode> requests = entry.getValue().asArray();
            for (JsonNode write : requests) {
                if (write.field("PutRequest").isPresent()) {
                    table.put(Json.object(write.field("PutRequest").get(), "Item"));
                } else if (write.field("DeleteRequest").isPresent()) {
                    table.delete(Json.object(write.field("DeleteRequest").get(), "Key"));
                } else {
                    throw new StubRequestException("BatchWriteItem entry without PutRequest or DeleteRequest");
                }
            }
            writes.put(entry.getKey(), requests.size());
        }
        out.writeFieldName("UnprocessedItems");
        out.writeStartObject();
        out.writeEndObject();
        capacityList(request, writes, 1.0, out);
    }

    private void transactWriteItems(JsonNode request, JsonWriter out) {
        List<Runnable> actions = new ArrayList<>();
        Map<String, Integer> writes = new LinkedHashMap<>();
        for (JsonNode action : request.field("TransactItems").map(JsonNode::asArray).orElse(List.of())) {
            Map<String, JsonNode> fields = action.asObject();
            if (fields.containsKey("Put")) {
                JsonNode put = fields.get("Put");
                InMemoryTable table = table(put);
                Map<String, JsonNode> item = Json.object(put, "Item");
                actions.add(() -> table.put(item));
                writes.merge(Json.text(put, "TableName"), 2, Integer::sum);
            } else if (fields.containsKey("Update")) {
                JsonNode update = fields.get("Update");
                InMemoryTable table = table(update);
                UpdateExpression expression = UpdateExpression.parse(Json.text(update, "UpdateExpression"), Expressions.of(update));
                Map<String, JsonNode> key = Json.object(update, "Key");
                actions.add(() -> table.update(key, expression));
                writes.merge(Json.text(update, "TableName"), 2, Integer::sum);
            } else if (fields.containsKey("Delete")) {
                JsonNode delete = fields.get("Delete");
                InMemoryTable table = table(delete);
                Map<String, JsonNode> key = Json.object(delete, "Key");
                actions.add(() -> table.delete(key));
                writes.merge(Json.text(delete, "TableName"), 2, Integer::sum);
            } else if (fields.containsKey("ConditionCheck")) {
                writes.merge(Json.text(fields.get("ConditionCheck"), "TableName"), 1, Integer::sum);
            } else {
                throw new StubRequestException("TransactWriteItems action " + fields.keySet() + " is not Put, Update, Delete or ConditionCheck");
            }
        }
        actions.forEach(Runnable::run);
        capacityList(request, writes, 1.0, out);
    }

    private void query(JsonNode request, JsonWriter out) {
        if (Json.text(request, "FilterExpression") != null) {
            throw new StubRequestException("the stub does not evaluate FilterExpression");
        }
        String indexName = Json.text(request, "IndexName");
        String[] keys = InMemoryTable.indexKeys(indexName);
        Expressions placeholders = Expressions.of(request);
        KeyCondition condition = KeyCondition.parse(Json.text(request, "KeyConditionExpression"), placeholders, keys[0], keys[1]);
        boolean forward = request.field("ScanIndexForward").map(JsonNode::asBoolean).orElse(true);
        Integer limit = request.field("Limit").map(node -> Integer.valueOf(node.asNumber())).orElse(null);
        Map<String, JsonNode> startKey = request.field("ExclusiveStartKey").map(JsonNode::asObject).orElse(null);
        InMemoryTable.Page page = table(request).query(indexName, condition, forward, startKey, limit, placeholders.projection(request));
        out.writeFieldName("Items");
        out.writeStartArray();
        for (Map<String, JsonNode> item : page.items()) {
            Json.writeItem(out, item);
        }
        out.writeEndArray();
        out.writeFieldName("Count");
        out.writeValue(page.items().size());
        out.writeFieldName("ScannedCount");
        out.writeValue(page.items().size());
        if (page.lastEvaluatedKey() != null) {
            out.writeFieldName("LastEvaluatedKey");
            Json.writeItem(out, page.lastEvaluatedKey());
        }
        capacity(request, Math.max(0.5, page.items().size() / 8.0), out);
    }

    /** {@code Attributes} for {@code ReturnValues} {@code ALL_OLD} and {@code ALL_NEW}. */
    private static void returnValues(JsonNode request, Map<String, JsonNode> old, Map<String, JsonNode> changed, JsonWriter out) {
        String returnValues = Json.text(request, "ReturnValues");
        Map<String, JsonNode> attributes = "ALL_OLD".equals(returnValues) ? old : "ALL_NEW".equals(returnValues) ? changed : null;
        if (returnValues != null && !returnValues.equals("NONE") && !returnValues.equals("ALL_OLD") && !returnValues.equals("ALL_NEW")) {
            throw new StubRequestException("the stub answers ReturnValues NONE, ALL_OLD and ALL_NEW, not " + returnValues);
        }
        if (attributes != null) {
            out.writeFieldName("Attributes");
            Json.writeItem(out, attributes);
        }
    }

    private static boolean wantsCapacity(JsonNode request) {
        String capacity = Json.text(request, "ReturnConsumedCapacity");
        return capacity != null && !capacity.equals("NONE");
    }

    private static void capacity(JsonNode request, double units, JsonWriter out) {
        if (wantsCapacity(request)) {
            out.writeFieldName("ConsumedCapacity");
            capacityEntry(Json.text(request, "TableName"), units, out);
        }
    }

    private static void capacityList(JsonNode request, Map<String, Integer> perTable, double unitsEach, JsonWriter out) {
        if (wantsCapacity(request)) {
            out.writeFieldName("ConsumedCapacity");
            out.writeStartArray();
            perTable.forEach((table, count) -> capacityEntry(table, count * unitsEach, out));
            out.writeEndArray();
        }
    }

    private static void capacityEntry(String table, double units, JsonWriter out) {
        out.writeStartObject();
        out.writeFieldName("TableName");
        out.writeValue(table);
        out.writeFieldName("CapacityUnits");
        out.writeValue(units);
        out.writeEndObject();
    }
}
