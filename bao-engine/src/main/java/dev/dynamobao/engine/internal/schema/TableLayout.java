package dev.dynamobao.engine.internal.schema;

import dev.dynamobao.engine.internal.key.LayoutAttributes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.CreateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndex;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.UpdateTableRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateTimeToLiveRequest;

/**
 * The table every DynamoBao model lives in ({@code LAYOUT.md} §2): keys {@code _pk}/{@code _sk},
 * the GSIs {@code gsi1}..{@code gsi5} (projection ALL), the iteration indexes {@code iter_index}
 * (KEYS_ONLY) and {@code iter_search_index} (INCLUDE {@code _searchText}), on-demand billing and
 * TTL on {@code ttl}. Builds the requests that create it.
 */
public final class TableLayout {

    /** The table's partition key attribute. */
    public static final String PARTITION_KEY = LayoutAttributes.PK;
    /** The table's sort key attribute. */
    public static final String SORT_KEY = LayoutAttributes.SK;
    /** The attribute DynamoDB's TTL watches. */
    public static final String TTL_ATTRIBUTE = LayoutAttributes.TTL;
    /** The attribute holding search text, projected into {@code iter_search_index}. */
    public static final String SEARCH_TEXT = LayoutAttributes.SEARCH_TEXT;
    /** The billing mode of the table. */
    public static final BillingMode BILLING_MODE = BillingMode.PAY_PER_REQUEST;

    private static final List<IndexDefinition> INDEXES = List.of(
            gsi(1, false, "dynamo-bao's first versions"),
            gsi(2, false, "dynamo-bao's first versions"),
            gsi(3, false, "dynamo-bao's first versions"),
            gsi(4, true, "dynamo-bao 0.4.0"),
            gsi(5, true, "dynamo-bao 0.4.0"),
            new IndexDefinition(LayoutAttributes.ITER_INDEX, LayoutAttributes.ITER_PK, LayoutAttributes.ITER_SK,
                    ProjectionType.KEYS_ONLY, List.of(),
                    false, "dynamo-bao's first iteration support"),
            new IndexDefinition(LayoutAttributes.ITER_SEARCH_INDEX, LayoutAttributes.ITER_PK, LayoutAttributes.ITER_SK,
                    ProjectionType.INCLUDE,
                    List.of(SEARCH_TEXT), true, "dynamo-bao 0.5.0"));

    private TableLayout() {
    }

    /** The seven global secondary indexes, in layout order. */
    public static List<IndexDefinition> indexes() {
        return INDEXES;
    }

    /** The index of that name in the layout, if any. */
    public static Optional<IndexDefinition> index(String name) {
        return INDEXES.stream().filter(index -> index.name().equals(name)).findFirst();
    }

    /** The request that creates the table with the whole layout (TTL is a separate request). */
    public static CreateTableRequest createTableRequest(String tableName) {
        List<GlobalSecondaryIndex> indexes = new ArrayList<>();
        for (IndexDefinition index : INDEXES) {
            indexes.add(GlobalSecondaryIndex.builder()
                    .indexName(index.name())
                    .keySchema(hash(index.partitionKey()), range(index.sortKey()))
                    .projection(projection(index))
                    .build());
        }
        return CreateTableRequest.builder()
                .tableName(tableName)
                .billingMode(BILLING_MODE)
                .keySchema(hash(PARTITION_KEY), range(SORT_KEY))
                .attributeDefinitions(attributeDefinitions())
                .globalSecondaryIndexes(indexes)
                .build();
    }

    /**
     * The request that adds {@code index} to an existing table (dynamo-bao's {@code bao-update-table}:
     * DynamoDB adds one index per {@code UpdateTable}). It repeats the table's {@code existing} attribute
     * definitions with the index's keys: DynamoDB merges them either way, but moto replaces the table's
     * definitions with those of the request.
     */
    public static UpdateTableRequest addIndexRequest(String tableName, IndexDefinition index, List<AttributeDefinition> existing) {
        Map<String, AttributeDefinition> definitions = new LinkedHashMap<>();
        existing.forEach(definition -> definitions.put(definition.attributeName(), definition));
        for (String key : List.of(index.partitionKey(), index.sortKey())) {
            definitions.putIfAbsent(key, AttributeDefinition.builder().attributeName(key).attributeType(ScalarAttributeType.S).build());
        }
        return UpdateTableRequest.builder()
                .tableName(tableName)
                .attributeDefinitions(definitions.values())
                .globalSecondaryIndexUpdates(update -> update.create(create -> create
                        .indexName(index.name())
                        .keySchema(hash(index.partitionKey()), range(index.sortKey()))
                        .projection(projection(index))))
                .build();
    }

    /** The request that turns TTL on for {@link #TTL_ATTRIBUTE}; valid once the table is active. */
    public static UpdateTimeToLiveRequest enableTimeToLiveRequest(String tableName) {
        return UpdateTimeToLiveRequest.builder()
                .tableName(tableName)
                .timeToLiveSpecification(spec -> spec.enabled(true).attributeName(TTL_ATTRIBUTE))
                .build();
    }

    private static IndexDefinition gsi(int slot, boolean legacyOptional, String origin) {
        String name = LayoutAttributes.indexName(slot);
        return new IndexDefinition(name, LayoutAttributes.indexPartition(name), LayoutAttributes.indexSort(name),
                ProjectionType.ALL, List.of(), legacyOptional, origin);
    }

    private static List<AttributeDefinition> attributeDefinitions() {
        Set<String> names = new LinkedHashSet<>(List.of(PARTITION_KEY, SORT_KEY));
        for (IndexDefinition index : INDEXES) {
            names.add(index.partitionKey());
            names.add(index.sortKey());
        }
        return names.stream()
                .map(name -> AttributeDefinition.builder().attributeName(name).attributeType(ScalarAttributeType.S).build())
                .toList();
    }

    private static Projection projection(IndexDefinition index) {
        Projection.Builder projection = Projection.builder().projectionType(index.projectionType());
        if (!index.nonKeyAttributes().isEmpty()) {
            projection.nonKeyAttributes(index.nonKeyAttributes());
        }
        return projection.build();
    }

    private static KeySchemaElement hash(String attribute) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(KeyType.HASH).build();
    }

    private static KeySchemaElement range(String attribute) {
        return KeySchemaElement.builder().attributeName(attribute).keyType(KeyType.RANGE).build();
    }
}
