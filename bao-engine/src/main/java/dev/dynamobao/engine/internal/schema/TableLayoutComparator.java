package dev.dynamobao.engine.internal.schema;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeDefinition;
import software.amazon.awssdk.services.dynamodb.model.BillingMode;
import software.amazon.awssdk.services.dynamodb.model.GlobalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.KeySchemaElement;
import software.amazon.awssdk.services.dynamodb.model.KeyType;
import software.amazon.awssdk.services.dynamodb.model.LocalSecondaryIndexDescription;
import software.amazon.awssdk.services.dynamodb.model.Projection;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;
import software.amazon.awssdk.services.dynamodb.model.TableDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveDescription;
import software.amazon.awssdk.services.dynamodb.model.TimeToLiveStatus;

/**
 * Compares an existing table with {@link TableLayout} and names each difference in one sentence.
 *
 * <p>Policy. <b>Mismatches</b> (the table cannot be used): a table or index key with another name
 * or a type other than {@code S}; a billing mode other than PAY_PER_REQUEST; a missing
 * {@code gsi1}, {@code gsi2}, {@code gsi3} or {@code iter_index}; an index projecting less than
 * the layout needs; TTL enabled on an attribute other than {@code ttl}. <b>Warnings</b> (the table
 * is accepted): a missing {@code gsi4}, {@code gsi5} or {@code iter_search_index} (tables made by
 * dynamo-bao before 0.4.0 / 0.5.0; an operation that needs the index reports it when it runs); an
 * index projecting more than needed; indexes the layout does not have; TTL switched off (which
 * {@code ensureTable()} turns on). Streams, table class, encryption and deletion protection are
 * operational choices and not compared.
 */
public final class TableLayoutComparator {

    /** The warning for a table whose TTL is off, which {@code ensureTable()} repairs. */
    public static final String TTL_OFF = "TTL is not enabled; items with a TTL field will not expire until it is enabled on '"
            + TableLayout.TTL_ATTRIBUTE + "' (ensureTable() does that)";

    private TableLayoutComparator() {
    }

    /**
     * Compares {@code table} (from DescribeTable) and {@code ttl} (from DescribeTimeToLive, may be
     * {@code null}) with the layout.
     */
    public static SchemaReport compare(TableDescription table, TimeToLiveDescription ttl) {
        List<String> mismatches = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        Map<String, ScalarAttributeType> types = attributeTypes(table.attributeDefinitions());

        compareKeys("the table", table.keySchema(), types, TableLayout.PARTITION_KEY, TableLayout.SORT_KEY, mismatches);
        compareBillingMode(table, mismatches);
        compareGlobalIndexes(table.globalSecondaryIndexes(), types, mismatches, warnings);
        for (LocalSecondaryIndexDescription local : table.localSecondaryIndexes()) {
            warnings.add("local secondary index '" + local.indexName() + "' is not part of the layout; "
                    + "DynamoBao does not use it (it limits each partition key to 10 GB)");
        }
        boolean ttlNeedsEnabling = compareTimeToLive(ttl, mismatches, warnings);
        return new SchemaReport(mismatches, warnings, ttlNeedsEnabling);
    }

    private static void compareBillingMode(TableDescription table, List<String> mismatches) {
        BillingMode actual = table.billingModeSummary() == null || table.billingModeSummary().billingMode() == null
                ? BillingMode.PROVISIONED
                : table.billingModeSummary().billingMode();
        if (actual != TableLayout.BILLING_MODE) {
            mismatches.add("billing mode is " + actual + " but the layout needs " + TableLayout.BILLING_MODE
                    + " (on-demand); switch it with UpdateTable --billing-mode PAY_PER_REQUEST");
        }
    }

    private static void compareGlobalIndexes(List<GlobalSecondaryIndexDescription> actualIndexes,
            Map<String, ScalarAttributeType> types, List<String> mismatches, List<String> warnings) {
        Map<String, GlobalSecondaryIndexDescription> byName = new HashMap<>();
        actualIndexes.forEach(index -> byName.put(index.indexName(), index));
        for (IndexDefinition expected : TableLayout.indexes()) {
            GlobalSecondaryIndexDescription actual = byName.get(expected.name());
            if (actual == null) {
                reportMissing(expected, mismatches, warnings);
            } else {
                String subject = "index '" + expected.name() + "'";
                compareKeys(subject, actual.keySchema(), types, expected.partitionKey(), expected.sortKey(), mismatches);
                compareProjection(subject, expected, actual.projection(), mismatches, warnings);
            }
        }
        for (GlobalSecondaryIndexDescription actual : actualIndexes) {
            if (TableLayout.index(actual.indexName()).isEmpty()) {
                warnings.add("global secondary index '" + actual.indexName()
                        + "' is not part of the layout; DynamoBao does not use it");
            }
        }
    }

    private static void reportMissing(IndexDefinition expected, List<String> mismatches, List<String> warnings) {
        if (expected.legacyOptional()) {
            warnings.add("index '" + expected.name() + "' is missing (created since " + expected.origin()
                    + "; this table was probably made by an older dynamo-bao): operations that need it fail "
                    + "until it is added with " + expected.describe()
                    + " (dynamo-bao's bao-update-table adds it)");
        } else {
            mismatches.add("index '" + expected.name() + "' is missing; the layout needs it with "
                    + expected.describe());
        }
    }

    private static void compareKeys(String subject, List<KeySchemaElement> keySchema,
            Map<String, ScalarAttributeType> types, String expectedHash, String expectedRange, List<String> mismatches) {
        compareKey(subject, "partition key", keyAttribute(keySchema, KeyType.HASH), expectedHash, types, mismatches);
        compareKey(subject, "sort key", keyAttribute(keySchema, KeyType.RANGE), expectedRange, types, mismatches);
    }

    private static void compareKey(String subject, String role, String actual, String expected,
            Map<String, ScalarAttributeType> types, List<String> mismatches) {
        if (actual == null) {
            mismatches.add(subject + " has no " + role + "; the layout needs '" + expected + "' (type S)");
            return;
        }
        ScalarAttributeType type = types.get(actual);
        if (!actual.equals(expected)) {
            mismatches.add(subject + " has " + role + " '" + actual + "' (type " + type + ") but the layout needs '"
                    + expected + "' (type S)");
        } else if (type != ScalarAttributeType.S) {
            mismatches.add(subject + " has " + role + " '" + actual + "' of type " + type
                    + " but the layout needs type S (string)");
        }
    }

    private static void compareProjection(String subject, IndexDefinition expected, Projection actual,
            List<String> mismatches, List<String> warnings) {
        ProjectionType actualType = actual == null || actual.projectionType() == null
                ? ProjectionType.KEYS_ONLY : actual.projectionType();
        Set<String> actualAttributes = actual == null ? Set.of() : new HashSet<>(actual.nonKeyAttributes());
        String actualText = ProjectionText.of(actualType, actual == null ? List.of() : actual.nonKeyAttributes());
        boolean equal = actualType == expected.projectionType()
                && actualAttributes.equals(new HashSet<>(expected.nonKeyAttributes()));
        if (equal) {
            return;
        }
        if (covers(actualType, actualAttributes, expected)) {
            warnings.add(subject + " projects " + actualText + ", more than the layout's "
                    + expected.projectionText() + "; DynamoBao works with it");
        } else {
            mismatches.add(subject + " projects " + actualText + " but the layout needs "
                    + expected.projectionText());
        }
    }

    private static boolean covers(ProjectionType actualType, Set<String> actualAttributes, IndexDefinition expected) {
        return actualType == ProjectionType.ALL
                || expected.projectionType() == ProjectionType.KEYS_ONLY
                || expected.projectionType() == ProjectionType.INCLUDE && actualType == ProjectionType.INCLUDE
                        && actualAttributes.containsAll(expected.nonKeyAttributes());
    }

    private static boolean compareTimeToLive(TimeToLiveDescription ttl, List<String> mismatches, List<String> warnings) {
        TimeToLiveStatus status = ttl == null || ttl.timeToLiveStatus() == null
                ? TimeToLiveStatus.DISABLED : ttl.timeToLiveStatus();
        switch (status) {
            case ENABLED, ENABLING -> {
                if (!TableLayout.TTL_ATTRIBUTE.equals(ttl.attributeName())) {
                    mismatches.add("TTL is enabled on attribute '" + ttl.attributeName() + "' but the layout needs it on '"
                            + TableLayout.TTL_ATTRIBUTE + "' (a table has one TTL attribute: disable it, then enable it on '"
                            + TableLayout.TTL_ATTRIBUTE + "')");
                }
                return false;
            }
            case DISABLING -> {
                warnings.add("TTL is being disabled; items with a TTL field will not expire until TTL is enabled on '"
                        + TableLayout.TTL_ATTRIBUTE + "' again");
                return false;
            }
            default -> {
                warnings.add(TTL_OFF);
                return true;
            }
        }
    }

    private static String keyAttribute(List<KeySchemaElement> keySchema, KeyType type) {
        return keySchema.stream().filter(key -> key.keyType() == type)
                .map(KeySchemaElement::attributeName).findFirst().orElse(null);
    }

    private static Map<String, ScalarAttributeType> attributeTypes(List<AttributeDefinition> definitions) {
        Map<String, ScalarAttributeType> types = new HashMap<>();
        definitions.forEach(definition -> types.put(definition.attributeName(), definition.attributeType()));
        return types;
    }
}
