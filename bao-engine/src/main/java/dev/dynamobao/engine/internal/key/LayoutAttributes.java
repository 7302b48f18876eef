package dev.dynamobao.engine.internal.key;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that spells the layout's attribute and index names ({@code LAYOUT.md} §2, §6,
 * §7): the table keys {@code _pk}/{@code _sk}, the GSI keys {@code _gsiN_pk}/{@code _gsiN_sk}
 * of indexes {@code gsi1}..{@code gsi5}, the iteration keys {@code _iter_pk}/{@code _iter_sk}
 * of {@code iter_index} and {@code iter_search_index}, {@code _searchText} and {@code ttl}.
 * Depends on nothing, so every concept can use it.
 */
public final class LayoutAttributes {

    /** The table's partition key attribute. */
    public static final String PK = "_pk";
    /** The table's sort key attribute. */
    public static final String SK = "_sk";
    /** The iteration partition key attribute ({@code LAYOUT.md} §7). */
    public static final String ITER_PK = "_iter_pk";
    /** The iteration sort key attribute (the primary id). */
    public static final String ITER_SK = "_iter_sk";
    /** The keys-only iteration index. */
    public static final String ITER_INDEX = "iter_index";
    /** The iteration index that also projects {@link #SEARCH_TEXT}. */
    public static final String ITER_SEARCH_INDEX = "iter_search_index";
    /** The attribute holding search text, projected into {@link #ITER_SEARCH_INDEX}. */
    public static final String SEARCH_TEXT = "_searchText";
    /**
     * The attribute of a unique-constraint item that holds its tenant ({@code LAYOUT.md} §8.1,
     * §11; the JavaScript library's name).
     */
    public static final String CONSTRAINT_TENANT = "_gsi_test_id";
    /** The attribute DynamoDB's TTL watches. */
    public static final String TTL = "ttl";
    /** The number of GSI slots ({@code gsi1}..{@code gsi5}). */
    public static final int GSI_SLOTS = 5;

    private static final String INDEX_PREFIX = "gsi";

    private LayoutAttributes() {
    }

    /** The name of GSI slot {@code slot} (1-based): {@code gsiN}. */
    public static String indexName(int slot) {
        if (slot < 1 || slot > GSI_SLOTS) {
            throw new IllegalArgumentException("GSI slots are 1.." + GSI_SLOTS + ", not " + slot);
        }
        return INDEX_PREFIX + slot;
    }

    /** The partition key attribute of index {@code gsiN}: {@code _gsiN_pk}. */
    public static String indexPartition(String indexName) {
        return "_" + indexName + "_pk";
    }

    /** The sort key attribute of index {@code gsiN}: {@code _gsiN_sk}. */
    public static String indexSort(String indexName) {
        return "_" + indexName + "_sk";
    }

    /**
     * Every key attribute a {@code LastEvaluatedKey} can hold, in a fixed order (cursors number
     * them by position, so the order must never change): table keys, GSI keys by slot, iteration keys.
     */
    public static List<String> keyAttributes() {
        List<String> names = new ArrayList<>(List.of(PK, SK));
        for (int slot = 1; slot <= GSI_SLOTS; slot++) {
            names.add(indexPartition(indexName(slot)));
            names.add(indexSort(indexName(slot)));
        }
        names.add(ITER_PK);
        names.add(ITER_SK);
        return List.copyOf(names);
    }
}
