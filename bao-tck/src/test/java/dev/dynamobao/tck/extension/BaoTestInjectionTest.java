package dev.dynamobao.tck.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.schema.SchemaManager;
import dev.dynamobao.tck.support.LayoutAssertions;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@BaoTest
class BaoTestInjectionTest {

    private static String classTable;
    private static DynamoDbClient classClient;

    private final DynamoDbClient constructorClient;
    private final String constructorTable;

    BaoTestInjectionTest(DynamoDbClient client, @TableName String table) {
        this.constructorClient = client;
        this.constructorTable = table;
    }

    @BeforeAll
    static void rememberClassTable(DynamoDbClient client, @TableName String table) {
        classClient = client;
        classTable = table;
    }

    @Test
    void client_isInjectedAndReachesTheBackend(DynamoDbClient client, @TableName String table) {
        assertTrue(client.listTables().tableNames().contains(table), () -> table + " not listed");
    }

    @Test
    void table_hasTheExactLayout(DynamoDbClient client, @TableName String table) {
        LayoutAssertions.assertExactLayout(client, table);
    }

    @Test
    void tableName_isNamedAfterTheTestClass(@TableName String table) {
        assertTrue(table.startsWith("bao-BaoTestInjectionTest-"), table);
    }

    @Test
    void everyInjectionPoint_seesTheSameClientAndTable(DynamoDbClient client, @TableName String table) {
        assertSame(classClient, client);
        assertSame(constructorClient, client);
        assertEquals(classTable, table);
        assertEquals(constructorTable, table);
    }

    @Test
    void schemaManager_isTheTablesAndFindsNoDifference(SchemaManager schema, @TableName String table) {
        assertEquals(table, schema.tableName());
        assertTrue(schema.exists());
        assertEquals(java.util.List.of(), schema.differences());
    }

    @Test
    void requestCounter_startsAtZero(RequestCounter counter, RequestCounter again) {
        assertSame(counter, again);
        assertEquals(0, counter.total());
    }

    @Test
    void table_acceptsItemsKeyedByPkAndSk(DynamoDbClient client, @TableName String table) {
        Map<String, AttributeValue> item = Map.of(
                "_pk", AttributeValue.fromS("u#1"), "_sk", AttributeValue.fromS("u#1"), "name", AttributeValue.fromS("Ann"));
        client.putItem(request -> request.tableName(table).item(item));

        assertEquals(item, client.getItem(request -> request.tableName(table)
                .key(Map.of("_pk", item.get("_pk"), "_sk", item.get("_sk"))).consistentRead(true)).item());
    }
}
