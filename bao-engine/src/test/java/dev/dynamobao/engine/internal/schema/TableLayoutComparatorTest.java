package dev.dynamobao.engine.internal.schema;

import static dev.dynamobao.engine.internal.schema.TableDescriptions.layout;
import static dev.dynamobao.engine.internal.schema.TableDescriptions.ttlOff;
import static dev.dynamobao.engine.internal.schema.TableDescriptions.ttlOn;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
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

class TableLayoutComparatorTest {

    @Test
    void compare_whenTableHasTheLayout_reportsNothing() {
        SchemaReport report = TableLayoutComparator.compare(layout(), ttlOn("ttl"));

        assertEquals(List.of(), report.mismatches());
        assertEquals(List.of(), report.warnings());
        assertFalse(report.ttlNeedsEnabling());
    }

    @Test
    void compare_whenTtlIsOff_warnsAndAsksToEnableIt() {
        SchemaReport report = TableLayoutComparator.compare(layout(), ttlOff());

        assertTrue(report.usable());
        assertTrue(report.ttlNeedsEnabling());
        assertEquals(1, report.warnings().size());
        assertTrue(report.warnings().get(0).contains("TTL is not enabled"), report.warnings().get(0));
    }

    @Test
    void compare_whenTtlIsMissingFromTheAnswer_treatsItAsOff() {
        assertTrue(TableLayoutComparator.compare(layout(), null).ttlNeedsEnabling());
    }

    @Test
    void compare_whenTtlWatchesAnotherAttribute_reportsMismatch() {
        SchemaReport report = TableLayoutComparator.compare(layout(), ttlOn("expiresAt"));

        assertEquals(List.of("TTL is enabled on attribute 'expiresAt' but the layout needs it on 'ttl' (a table has one "
                + "TTL attribute: disable it, then enable it on 'ttl')"), report.mismatches());
    }

    @Test
    void compare_whenKeysAreNamedPkAndSk_reportsBothKeys() {
        TableDescription table = withTableKeys("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S);

        assertEquals(List.of(
                "the table has partition key 'pk' (type S) but the layout needs '_pk' (type S)",
                "the table has sort key 'sk' (type S) but the layout needs '_sk' (type S)"),
                TableLayoutComparator.compare(table, ttlOn("ttl")).mismatches());
    }

    @Test
    void compare_whenPartitionKeyIsNumber_reportsType() {
        TableDescription table = withTableKeys("_pk", ScalarAttributeType.N, "_sk", ScalarAttributeType.S);

        assertEquals(List.of("the table has partition key '_pk' of type N but the layout needs type S (string)"),
                TableLayoutComparator.compare(table, ttlOn("ttl")).mismatches());
    }

    @Test
    void compare_whenSortKeyIsAbsent_reportsIt() {
        TableDescription table = layout().toBuilder()
                .keySchema(KeySchemaElement.builder().attributeName("_pk").keyType(KeyType.HASH).build())
                .build();

        assertEquals(List.of("the table has no sort key; the layout needs '_sk' (type S)"),
                TableLayoutComparator.compare(table, ttlOn("ttl")).mismatches());
    }

    @Test
    void compare_whenBillingIsProvisioned_reportsMismatch() {
        TableDescription table = layout().toBuilder()
                .billingModeSummary(summary -> summary.billingMode(BillingMode.PROVISIONED)).build();
        TableDescription withoutSummary = layout().toBuilder().billingModeSummary((b) -> { }).build();

        List<String> expected = List.of("billing mode is PROVISIONED but the layout needs PAY_PER_REQUEST (on-demand); "
                + "switch it with UpdateTable --billing-mode PAY_PER_REQUEST");
        assertEquals(expected, TableLayoutComparator.compare(table, ttlOn("ttl")).mismatches());
        assertEquals(expected, TableLayoutComparator.compare(withoutSummary, ttlOn("ttl")).mismatches());
    }

    @Test
    void compare_whenTableWasMadeByOldJs_acceptsItAndWarnsOfEachMissingIndex() {
        TableDescription table = withIndexes(indexes -> indexes.stream()
                .filter(index -> List.of("gsi1", "gsi2", "gsi3", "iter_index").contains(index.indexName())).toList());

        SchemaReport report = TableLayoutComparator.compare(table, ttlOn("ttl"));

        assertTrue(report.usable(), report.mismatches()::toString);
        assertEquals(3, report.warnings().size(), report.warnings()::toString);
        assertTrue(report.warnings().get(0).startsWith("index 'gsi4' is missing (created since dynamo-bao 0.4.0;"),
                report.warnings().get(0));
        assertTrue(report.warnings().get(1).startsWith("index 'gsi5' is missing"), report.warnings().get(1));
        assertTrue(report.warnings().get(2).startsWith("index 'iter_search_index' is missing (created since dynamo-bao 0.5.0;"),
                report.warnings().get(2));
        assertTrue(report.warnings().get(2).contains("INCLUDE [_searchText]"), report.warnings().get(2));
    }

    @Test
    void compare_whenARequiredIndexIsMissing_reportsMismatch() {
        TableDescription table = withIndexes(indexes -> indexes.stream()
                .filter(index -> !List.of("gsi2", "iter_index").contains(index.indexName())).toList());

        assertEquals(List.of(
                "index 'gsi2' is missing; the layout needs it with HASH '_gsi2_pk' (S), RANGE '_gsi2_sk' (S), projection ALL",
                "index 'iter_index' is missing; the layout needs it with HASH '_iter_pk' (S), RANGE '_iter_sk' (S), "
                        + "projection KEYS_ONLY"),
                TableLayoutComparator.compare(table, ttlOn("ttl")).mismatches());
    }

    @Test
    void compare_whenGsiKeyHasAnotherName_reportsIndexAndKey() {
        TableDescription table = replaceIndex("gsi3", index -> index.toBuilder().keySchema(
                KeySchemaElement.builder().attributeName("_gsi3_pk").keyType(KeyType.HASH).build(),
                KeySchemaElement.builder().attributeName("_gsi1_sk").keyType(KeyType.RANGE).build()).build());

        assertEquals(List.of("index 'gsi3' has sort key '_gsi1_sk' (type S) but the layout needs '_gsi3_sk' (type S)"),
                TableLayoutComparator.compare(table, ttlOn("ttl")).mismatches());
    }

    @Test
    void compare_whenGsiProjectsKeysOnly_reportsMismatch() {
        TableDescription table = replaceIndex("gsi1", index -> index.toBuilder()
                .projection(Projection.builder().projectionType(ProjectionType.KEYS_ONLY).build()).build());

        assertEquals(List.of("index 'gsi1' projects KEYS_ONLY but the layout needs ALL"),
                TableLayoutComparator.compare(table, ttlOn("ttl")).mismatches());
    }

    @Test
    void compare_whenSearchIndexLacksSearchText_reportsMismatch() {
        TableDescription table = replaceIndex("iter_search_index", index -> index.toBuilder()
                .projection(Projection.builder().projectionType(ProjectionType.INCLUDE).nonKeyAttributes("name").build())
                .build());

        assertEquals(List.of("index 'iter_search_index' projects INCLUDE [name] but the layout needs INCLUDE [_searchText]"),
                TableLayoutComparator.compare(table, ttlOn("ttl")).mismatches());
    }

    @Test
    void compare_whenIndexProjectsMoreThanNeeded_warnsOnly() {
        TableDescription table = replaceIndex("iter_index", index -> index.toBuilder()
                .projection(Projection.builder().projectionType(ProjectionType.ALL).build()).build());

        SchemaReport report = TableLayoutComparator.compare(table, ttlOn("ttl"));

        assertTrue(report.usable());
        assertEquals(List.of("index 'iter_index' projects ALL, more than the layout's KEYS_ONLY; DynamoBao works with it"),
                report.warnings());
    }

    @Test
    void compare_whenTableHasExtraIndexes_warnsOfEach() {
        TableDescription base = layout();
        TableDescription table = base.toBuilder()
                .globalSecondaryIndexes(concat(base.globalSecondaryIndexes(), GlobalSecondaryIndexDescription.builder()
                        .indexName("byEmail").keySchema(KeySchemaElement.builder().attributeName("_pk").keyType(KeyType.HASH).build())
                        .projection(p -> p.projectionType(ProjectionType.ALL)).build()))
                .localSecondaryIndexes(LocalSecondaryIndexDescription.builder().indexName("bySk").build())
                .build();

        SchemaReport report = TableLayoutComparator.compare(table, ttlOn("ttl"));

        assertTrue(report.usable());
        assertEquals(List.of(
                "global secondary index 'byEmail' is not part of the layout; DynamoBao does not use it",
                "local secondary index 'bySk' is not part of the layout; DynamoBao does not use it (it limits each "
                        + "partition key to 10 GB)"),
                report.warnings().stream().sorted().toList());
    }

    @Test
    void compare_whenManyThingsDiffer_listsEachDifference() {
        TableDescription table = withTableKeys("pk", ScalarAttributeType.S, "sk", ScalarAttributeType.N).toBuilder()
                .billingModeSummary(summary -> summary.billingMode(BillingMode.PROVISIONED))
                .globalSecondaryIndexes(List.of())
                .build();

        SchemaReport report = TableLayoutComparator.compare(table, ttlOn("expires"));

        assertEquals(List.of(
                "the table has partition key 'pk' (type S) but the layout needs '_pk' (type S)",
                "the table has sort key 'sk' (type N) but the layout needs '_sk' (type S)",
                "billing mode is PROVISIONED but the layout needs PAY_PER_REQUEST (on-demand); switch it with UpdateTable "
                        + "--billing-mode PAY_PER_REQUEST",
                "index 'gsi1' is missing; the layout needs it with HASH '_gsi1_pk' (S), RANGE '_gsi1_sk' (S), projection ALL",
                "index 'gsi2' is missing; the layout needs it with HASH '_gsi2_pk' (S), RANGE '_gsi2_sk' (S), projection ALL",
                "index 'gsi3' is missing; the layout needs it with HASH '_gsi3_pk' (S), RANGE '_gsi3_sk' (S), projection ALL",
                "index 'iter_index' is missing; the layout needs it with HASH '_iter_pk' (S), RANGE '_iter_sk' (S), "
                        + "projection KEYS_ONLY",
                "TTL is enabled on attribute 'expires' but the layout needs it on 'ttl' (a table has one TTL attribute: "
                        + "disable it, then enable it on 'ttl')"),
                report.mismatches());
        assertEquals(3, report.warnings().size(), report.warnings()::toString);
    }

    private static TableDescription withTableKeys(String hash, ScalarAttributeType hashType, String range,
            ScalarAttributeType rangeType) {
        TableDescription base = layout();
        List<AttributeDefinition> definitions = concat(concat(base.attributeDefinitions().stream()
                .filter(definition -> !definition.attributeName().equals("_pk") && !definition.attributeName().equals("_sk"))
                .toList(), attribute(hash, hashType)), attribute(range, rangeType));
        return base.toBuilder()
                .keySchema(KeySchemaElement.builder().attributeName(hash).keyType(KeyType.HASH).build(),
                        KeySchemaElement.builder().attributeName(range).keyType(KeyType.RANGE).build())
                .attributeDefinitions(definitions)
                .build();
    }

    private static TableDescription withIndexes(UnaryOperator<List<GlobalSecondaryIndexDescription>> change) {
        TableDescription base = layout();
        return base.toBuilder().globalSecondaryIndexes(change.apply(base.globalSecondaryIndexes())).build();
    }

    private static TableDescription replaceIndex(String name, UnaryOperator<GlobalSecondaryIndexDescription> change) {
        return withIndexes(indexes -> indexes.stream()
                .map(index -> index.indexName().equals(name) ? change.apply(index) : index).toList());
    }

    private static AttributeDefinition attribute(String name, ScalarAttributeType type) {
        return AttributeDefinition.builder().attributeName(name).attributeType(type).build();
    }

    private static <T> List<T> concat(List<T> list, T element) {
        return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(element)).toList();
    }
}
