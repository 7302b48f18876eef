package dev.dynamobao.samples.interop;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Describes a stored item independently of its ids, times and versions, so that an item written
 * by Java and the corresponding item written by dynamo-bao compare equal exactly when they share
 * the layout: every attribute name with its DynamoDB type, and the text of every key attribute with
 * the item's own ids replaced by placeholders ({@code <userId>}, {@code <postId>}, {@code <email>}),
 * {@code pad20(createdAt)} replaced by {@code <pad20(createdAt)>} and the iteration bucket replaced
 * by {@code <bucket>} when it is the one LAYOUT.md §7 prescribes.
 */
final class ItemShape {

    /** Attributes whose text is part of the layout; the values of all others are data. */
    private static final Set<String> LAYOUT_TEXT = Set.of(
            "_pk", "_sk", "_gsi1_pk", "_gsi1_sk", "_gsi2_pk", "_gsi2_sk", "_gsi3_pk", "_gsi3_sk",
            "_gsi4_pk", "_gsi4_sk", "_gsi5_pk", "_gsi5_sk", "_iter_pk", "_iter_sk",
            "uniqueValue", "relatedId", "relatedModel", "userId");
    private static final int ITERATION_BUCKETS = 10;

    private final Map<String, String> placeholders;

    private ItemShape(Map<String, String> placeholders) {
        this.placeholders = placeholders;
    }

    /** A shape describer replacing each key of {@code placeholders} (an id or value) by its value. */
    static ItemShape of(Map<String, String> placeholders) {
        return new ItemShape(Map.copyOf(placeholders));
    }

    /** {@code attribute -> "TYPE"} or {@code "TYPE normalised-text"} for layout attributes, sorted by name. */
    Map<String, String> describe(Map<String, AttributeValue> item) {
        Map<String, String> shape = new TreeMap<>();
        item.forEach((name, value) -> shape.put(name, LAYOUT_TEXT.contains(name) && value.s() != null
                ? value.type() + " " + normalise(name, value.s(), item)
                : value.type().toString()));
        return shape;
    }

    private String normalise(String attribute, String text, Map<String, AttributeValue> item) {
        String normalised = text;
        if (attribute.equals("_iter_pk") && item.containsKey("_iter_sk")) {
            String bucket = String.format("%03d", Math.abs((long) item.get("_iter_sk").s().hashCode()) % ITERATION_BUCKETS);
            if (normalised.endsWith("#" + bucket)) {
                normalised = normalised.substring(0, normalised.length() - bucket.length()) + "<bucket>";
            }
        }
        AttributeValue createdAt = item.get("createdAt");
        if (createdAt != null && createdAt.n() != null) {
            normalised = normalised.replace(String.format("%020d", Long.parseLong(createdAt.n())), "<pad20(createdAt)>");
        }
        for (Map.Entry<String, String> placeholder : placeholders.entrySet()) {
            normalised = normalised.replace(placeholder.getKey(), placeholder.getValue());
        }
        return normalised;
    }
}
