package dev.dynamobao.benchmarks.latency;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.protocols.jsoncore.JsonNode;

/**
 * The items of one table, keyed by {@code _pk}/{@code _sk}, with the indexes of the DynamoBao
 * layout: {@code gsiN} on {@code _gsiN_pk}/{@code _gsiN_sk} and {@code iter_index} on
 * {@code _iter_pk}/{@code _iter_sk}. An item is in an index when it has both of its key
 * attributes. Not thread-safe: {@link StubDynamoDb} serializes access.
 */
final class InMemoryTable {

    /** The table's partition key attribute. */
    static final String PK = "_pk";
    /** The table's sort key attribute. */
    static final String SK = "_sk";
    /** What one {@code Query} page reads at most, as DynamoDB's 1 MB (by {@link Json#size}). */
    static final long PAGE_BYTES = 1024 * 1024;

    private final Map<String, Map<String, JsonNode>> items = new HashMap<>();

    /** The item with {@code key}, or null. */
    Map<String, JsonNode> get(Map<String, JsonNode> key) {
        return items.get(keyOf(key));
    }

    /** Stores {@code item} (replacing any with its key); returns the replaced one or null. */
    Map<String, JsonNode> put(Map<String, JsonNode> item) {
        return items.put(keyOf(item), new LinkedHashMap<>(item));
    }

    /** Deletes the item with {@code key}; returns it or null. */
    Map<String, JsonNode> delete(Map<String, JsonNode> key) {
        return items.remove(keyOf(key));
    }

    /** Applies {@code update} to the item with {@code key} (created from the key when missing); returns the new item. */
    Map<String, JsonNode> update(Map<String, JsonNode> key, UpdateExpression update) {
        Map<String, JsonNode> current = items.get(keyOf(key));
        Map<String, JsonNode> changed = new LinkedHashMap<>(current == null ? key : current);
        update.applyTo(changed);
        items.put(keyOf(key), changed);
        return changed;
    }

    /** The number of items. */
    int size() {
        return items.size();
    }

    /**
     * One page of a {@code Query}.
     *
     * @param indexName null for the table's key, {@code gsiN} or {@code iter_index}
     * @param startKey the {@code ExclusiveStartKey}, or null
     * @param limit the {@code Limit}, or null
     * @param projection the attributes to return, or null for whole items
     */
    Page query(String indexName, KeyCondition condition, boolean forward, Map<String, JsonNode> startKey, Integer limit,
               Set<String> projection) {
        String[] keys = indexKeys(indexName);
        Comparator<Map<String, JsonNode>> order = Comparator.<Map<String, JsonNode>, JsonNode>comparing(item -> item.get(keys[1]),
                Json::compareScalars).thenComparing(InMemoryTable::keyOf);
        if (!forward) {
            order = order.reversed();
        }
        List<Map<String, JsonNode>> matching = new ArrayList<>();
        for (Map<String, JsonNode> item : items.values()) {
            if (condition.matches(item)) {
                matching.add(item);
            }
        }
        matching.sort(order);
        List<Map<String, JsonNode>> page = new ArrayList<>();
        long bytes = 0;
        Map<String, JsonNode> last = null;
        boolean more = false;
        for (Map<String, JsonNode> item : matching) {
            if (startKey != null && order.compare(item, startKey) <= 0) {
                continue;
            }
            if ((limit != null && page.size() >= limit) || bytes >= PAGE_BYTES) {
                more = true;
                break;
            }
            page.add(Expressions.project(item, projection));
            bytes += sizeOf(item);
            last = item;
        }
        Map<String, JsonNode> lastEvaluatedKey = null;
        if (last != null && (more || (limit != null && page.size() >= limit) || bytes >= PAGE_BYTES)) {
            lastEvaluatedKey = new LinkedHashMap<>();
            lastEvaluatedKey.put(PK, last.get(PK));
            lastEvaluatedKey.put(SK, last.get(SK));
            lastEvaluatedKey.put(keys[0], last.get(keys[0]));
            lastEvaluatedKey.put(keys[1], last.get(keys[1]));
        }
        return new Page(page, lastEvaluatedKey);
    }

    /** The partition and sort key attributes of an index of the layout. */
    static String[] indexKeys(String indexName) {
        if (indexName == null) {
            return new String[] {PK, SK};
        }
        if (indexName.equals("iter_index")) {
            return new String[] {"_iter_pk", "_iter_sk"};
        }
        if (indexName.matches("gsi[1-5]")) {
            return new String[] {"_" + indexName + "_pk", "_" + indexName + "_sk"};
        }
        throw new StubRequestException("the stub knows the indexes gsi1..gsi5 and iter_index, not '" + indexName + "'");
    }

    private static long sizeOf(Map<String, JsonNode> item) {
        long size = 0;
        for (Map.Entry<String, JsonNode> attribute : item.entrySet()) {
            size += attribute.getKey().length() + Json.size(attribute.getValue());
        }
        return size;
    }

    private static String keyOf(Map<String, JsonNode> item) {
        JsonNode pk = item.get(PK);
        JsonNode sk = item.get(SK);
        if (pk == null || sk == null) {
            throw new StubRequestException("an item or key without " + PK + " and " + SK + ": " + item.keySet());
        }
        return Json.scalar(pk) + '\u0000' + Json.scalar(sk);
    }

    /**
     * One page of a query.
     *
     * @param items the items, projected
     * @param lastEvaluatedKey where the next page starts, or null after the last
     */
    record Page(List<Map<String, JsonNode>> items, Map<String, JsonNode> lastEvaluatedKey) {
    }
}
