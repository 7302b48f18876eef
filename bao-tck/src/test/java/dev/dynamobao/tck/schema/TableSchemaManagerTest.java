package dev.dynamobao.tck.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.DataAccessException;
import dev.dynamobao.engine.internal.schema.SchemaReport;
import dev.dynamobao.engine.internal.schema.TableSchemaManager;
import dev.dynamobao.schema.TableSchemaMismatchException;
import dev.dynamobao.tck.support.LayoutAssertions;
import dev.dynamobao.test.BaoTest;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ProjectionType;
import software.amazon.awssdk.services.dynamodb.model.ScalarAttributeType;

@BaoTest
class TableSchemaManagerTest {

    private static final AtomicInteger NAMES = new AtomicInteger();

    private DynamoDbClient client;
    private RawTables tables;

    @BeforeEach
    void start(DynamoDbClient client) {
        this.client = client;
        this.tables = new RawTables(client);
    }

    @AfterEach
    void deleteTables() {
        tables.close();
    }

    @Test
    void ensureTable_whenAbsent_createsTheLayoutWithTtl() {
        TableSchemaManager schema = manager();
        assertFalse(schema.exists());

        schema.ensureTable();

        assertTrue(schema.exists());
        LayoutAssertions.assertExactLayout(client, schema.tableName());
        assertEquals(List.of(), schema.differences());
        assertEquals(new SchemaReport(List.of(), List.of(), false), schema.inspect().orElseThrow());
    }

    @Test
    void ensureTable_twice_isIdempotent() {
        TableSchemaManager schema = manager();
        schema.ensureTable();
        Instant created = creationTime(schema.tableName());

        schema.ensureTable();
        new TableSchemaManager(client, schema.tableName()).ensureTable();

        assertEquals(created, creationTime(schema.tableName()));
        LayoutAssertions.assertExactLayout(client, schema.tableName());
    }

    @Test
    void createTable_whenTheLayoutTableExists_keepsIt() {
        TableSchemaManager schema = manager();
        schema.createTable();
        Instant created = creationTime(schema.tableName());

        schema.createTable();

        assertEquals(created, creationTime(schema.tableName()));
    }

    @Test
    void ensureTable_whenKeysAreNamedPkAndSk_throwsListingEachDifference() {
        String name = tables.table(nextName(), "pk", ScalarAttributeType.S, "sk", ScalarAttributeType.S).create();
        TableSchemaManager schema = new TableSchemaManager(client, name);

        TableSchemaMismatchException mismatch = assertThrows(TableSchemaMismatchException.class, schema::ensureTable);

        List<String> expected = List.of(
                "the table has partition key 'pk' (type S) but the layout needs '_pk' (type S)",
                "the table has sort key 'sk' (type S) but the layout needs '_sk' (type S)",
                "index 'gsi1' is missing; the layout needs it with HASH '_gsi1_pk' (S), RANGE '_gsi1_sk' (S), projection ALL",
                "index 'gsi2' is missing; the layout needs it with HASH '_gsi2_pk' (S), RANGE '_gsi2_sk' (S), projection ALL",
                "index 'gsi3' is missing; the layout needs it with HASH '_gsi3_pk' (S), RANGE '_gsi3_sk' (S), projection ALL",
                "index 'iter_index' is missing; the layout needs it with HASH '_iter_pk' (S), RANGE '_iter_sk' (S), "
                        + "projection KEYS_ONLY");
        assertEquals(expected, mismatch.differences());
        expected.forEach(difference -> assertTrue(mismatch.getMessage().contains("  - " + difference), difference));
        assertTrue(mismatch.getMessage().startsWith("Table '" + name + "' does not match"), mismatch.getMessage());
        assertEquals(expected, schema.differences());
        assertEquals(expected, assertThrows(TableSchemaMismatchException.class, schema::createTable).differences());
    }

    @Test
    void ensureTable_whenPartitionKeyIsANumber_throwsNamingTheType() {
        String name = tables.table(nextName(), "_pk", ScalarAttributeType.N, "_sk", ScalarAttributeType.S)
                .gsi(1).gsi(2).gsi(3).gsi(4).gsi(5)
                .index("iter_index", "_iter_pk", "_iter_sk", ProjectionType.KEYS_ONLY)
                .create();

        TableSchemaMismatchException mismatch = assertThrows(TableSchemaMismatchException.class,
                () -> new TableSchemaManager(client, name).ensureTable());

        assertEquals(List.of("the table has partition key '_pk' of type N but the layout needs type S (string)"),
                mismatch.differences());
    }

    @Test
    void ensureTable_whenBillingIsProvisioned_throwsNamingTheBillingMode() {
        String name = tables.table(nextName(), "_pk", ScalarAttributeType.S, "_sk", ScalarAttributeType.S).provisioned()
                .gsi(1).gsi(2).gsi(3).gsi(4).gsi(5)
                .index("iter_index", "_iter_pk", "_iter_sk", ProjectionType.KEYS_ONLY)
                .create();

        TableSchemaMismatchException mismatch = assertThrows(TableSchemaMismatchException.class,
                () -> new TableSchemaManager(client, name).ensureTable());

        assertEquals(List.of("billing mode is PROVISIONED but the layout needs PAY_PER_REQUEST (on-demand); "
                + "switch it with UpdateTable --billing-mode PAY_PER_REQUEST"), mismatch.differences());
    }

    @Test
    void ensureTable_onATableMadeByOldJs_acceptsItWarnsOfMissingIndexesAndEnablesTtl() {
        String name = tables.table(nextName(), "_pk", ScalarAttributeType.S, "_sk", ScalarAttributeType.S)
                .gsi(1).gsi(2).gsi(3)
                .index("iter_index", "_iter_pk", "_iter_sk", ProjectionType.KEYS_ONLY)
                .create();
        TableSchemaManager schema = new TableSchemaManager(client, name);

        schema.ensureTable();

        assertEquals(List.of(), schema.differences());
        List<String> warnings = schema.inspect().orElseThrow().warnings();
        assertEquals(3, warnings.size(), warnings::toString);
        assertTrue(warnings.get(0).startsWith("index 'gsi4' is missing"), warnings.get(0));
        assertTrue(warnings.get(1).startsWith("index 'gsi5' is missing"), warnings.get(1));
        assertTrue(warnings.get(2).startsWith("index 'iter_search_index' is missing"), warnings.get(2));
        assertEquals("ttl", client.describeTimeToLive(request -> request.tableName(name))
                .timeToLiveDescription().attributeName(), "ensureTable enabled TTL");
    }

    @Test
    void updateTable_onATableMadeByOldJs_addsTheMissingIndexesAndTtl_thenHasNothingToDo() {
        String name = tables.table(nextName(), "_pk", ScalarAttributeType.S, "_sk", ScalarAttributeType.S)
                .gsi(1).gsi(2).gsi(3)
                .index("iter_index", "_iter_pk", "_iter_sk", ProjectionType.KEYS_ONLY)
                .create();
        TableSchemaManager schema = new TableSchemaManager(client, name);

        List<String> changes = schema.updateTable();

        assertEquals(4, changes.size(), changes::toString);
        assertTrue(changes.get(0).startsWith("added index 'gsi4'"), changes.get(0));
        assertTrue(changes.get(1).startsWith("added index 'gsi5'"), changes.get(1));
        assertTrue(changes.get(2).startsWith("added index 'iter_search_index'"), changes.get(2));
        assertEquals("enabled TTL on 'ttl'", changes.get(3));
        LayoutAssertions.assertExactLayout(client, name);
        assertEquals(new SchemaReport(List.of(), List.of(), false), schema.inspect().orElseThrow());
        assertEquals(List.of(), schema.updateTable(), "a second update has nothing to do");
    }

    @Test
    void updateTable_whenBillingIsProvisioned_throwsAndChangesNothing() {
        String name = tables.table(nextName(), "_pk", ScalarAttributeType.S, "_sk", ScalarAttributeType.S)
                .provisioned()
                .gsi(1).gsi(2).gsi(3)
                .index("iter_index", "_iter_pk", "_iter_sk", ProjectionType.KEYS_ONLY)
                .create();
        TableSchemaManager schema = new TableSchemaManager(client, name);

        TableSchemaMismatchException mismatch = assertThrows(TableSchemaMismatchException.class, schema::updateTable);

        assertTrue(mismatch.differences().get(0).startsWith("billing mode is PROVISIONED"), mismatch.differences()::toString);
        assertEquals(4, client.describeTable(request -> request.tableName(name)).table().globalSecondaryIndexes().size(),
                "no index was added");
    }

    @Test
    void updateTable_whenTableIsAbsent_saysToCreateIt() {
        TableSchemaManager schema = manager();

        DataAccessException e = assertThrows(DataAccessException.class, schema::updateTable);

        assertTrue(e.getMessage().contains("does not exist") && e.getMessage().contains("ensureTable()"), e.getMessage());
        assertFalse(schema.exists());
    }

    @Test
    void differencesAndExists_whenTableIsAbsent_areEmptyAndFalse() {
        TableSchemaManager schema = manager();

        assertFalse(schema.exists());
        assertEquals(List.of(), schema.differences());
        assertTrue(schema.inspect().isEmpty());
    }

    @Test
    void deleteTable_removesTheTable_andDoesNothingWhenItIsAbsent() {
        TableSchemaManager schema = manager();
        schema.ensureTable();

        schema.deleteTable();

        assertFalse(schema.exists());
        assertFalse(client.listTables().tableNames().contains(schema.tableName()));
        schema.deleteTable();
    }

    private TableSchemaManager manager() {
        return new TableSchemaManager(client, tables.track(nextName()));
    }

    private Instant creationTime(String table) {
        return client.describeTable(request -> request.tableName(table)).table().creationDateTime();
    }

    private static String nextName() {
        return "schema-test-" + NAMES.incrementAndGet() + "-" + Long.toHexString(System.nanoTime());
    }
}
