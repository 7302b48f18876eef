package dev.dynamobao.engine.internal.query;

import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import dev.dynamobao.engine.internal.operation.QueryOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads one page of a query in terms of <em>matching</em> items. DynamoDB applies {@code Limit}
 * to the items it evaluates, before the filter; this reader keeps sending requests until it has
 * {@code limit} matches or the partition ends. When a response holds more matches than are
 * needed, the page stops at the last returned item and the continuation key is built from that
 * item's key attributes, so the next page resumes exactly after it.
 *
 * <p>Without a limit, a page is one DynamoDB response (up to 1 MB read); responses whose items
 * were all filtered out are skipped, so that a page is empty only at the end.
 */
public final class MatchReader {

    /** Sends one request of the query. */
    @FunctionalInterface
    public interface Source {
        /** One response, starting after {@code startKey} (or at the beginning when null), evaluating at most {@code limit} items. */
        QueryOperation.Result read(Map<String, AttributeValue> startKey, Integer limit);
    }

    /**
     * One page of matching items.
     *
     * @param items the raw items, in index order
     * @param nextStartKey where the next page starts, or {@code null} when nothing more can follow
     */
    public record Chunk(List<Map<String, AttributeValue>> items, Map<String, AttributeValue> nextStartKey) {

        /** Copies the item list. */
        public Chunk {
            items = List.copyOf(items);
        }
    }

    private final Source source;
    private final List<String> keyAttributes;

    /**
     * Creates a reader.
     *
     * @param keyAttributes the attributes forming an item's position in the queried index
     *     ({@code _pk}, {@code _sk} and, for a GSI, its two key attributes)
     */
    public MatchReader(Source source, List<String> keyAttributes) {
        this.source = source;
        this.keyAttributes = List.copyOf(keyAttributes);
    }

    /**
     * Reads up to {@code limit} matching items after {@code startKey}.
     *
     * @param limit the number of matches wanted, or {@code null} for "one response"
     */
    public Chunk read(Map<String, AttributeValue> startKey, Integer limit) {
        if (limit != null && limit < 1) {
            throw new ValidationException("limit must be at least 1, was " + limit + "; leave limit out for one response");
        }
        List<Map<String, AttributeValue>> matches = new ArrayList<>();
        Map<String, AttributeValue> start = startKey;
        while (true) {
            QueryOperation.Result response = source.read(start, limit);
            List<Map<String, AttributeValue>> items = response.items();
            if (limit != null && matches.size() + items.size() >= limit) {
                int wanted = limit - matches.size();
                matches.addAll(items.subList(0, wanted));
                Map<String, AttributeValue> next = wanted < items.size()
                        ? positionOf(items.get(wanted - 1)) : response.lastEvaluatedKey();
                return new Chunk(matches, next);
            }
            matches.addAll(items);
            start = response.lastEvaluatedKey();
            if (start == null || (limit == null && !matches.isEmpty())) {
                return new Chunk(matches, start);
            }
        }
    }

    private Map<String, AttributeValue> positionOf(Map<String, AttributeValue> item) {
        Map<String, AttributeValue> key = new LinkedHashMap<>();
        for (String attribute : keyAttributes) {
            AttributeValue value = item.get(attribute);
            if (value == null) {
                throw new IllegalStateException("Item " + item.get(LayoutAttributes.PK) + " / " + item.get(LayoutAttributes.SK)
                        + " returned by the query lacks its key attribute " + attribute);
            }
            key.put(attribute, value);
        }
        return key;
    }
}
