package dev.dynamobao.tck.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.tck.support.LayoutAssertions;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

@BaoTest(tablePerTest = true)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TablePerTestTest {

    private static String firstTable;

    private final String constructorTable;
    private String beforeEachTable;

    TablePerTestTest(@TableName String table) {
        this.constructorTable = table;
    }

    @BeforeEach
    void rememberTable(@TableName String table) {
        beforeEachTable = table;
    }

    @Test
    @Order(1)
    void firstTest_getsItsOwnTable_andFillsIt(DynamoDbClient client, @TableName String table) {
        assertTrue(table.startsWith("bao-TablePerTestTest-firstTest_getsItsOwnTable_andFillsIt-"), table);
        assertEquals(constructorTable, table);
        assertEquals(beforeEachTable, table);
        LayoutAssertions.assertExactLayout(client, table);
        client.putItem(request -> request.tableName(table).item(Map.of(
                "_pk", AttributeValue.fromS("p#1"), "_sk", AttributeValue.fromS("p#1"))));
        firstTable = table;
    }

    @Test
    @Order(2)
    void secondTest_getsAFreshEmptyTable_andTheFirstIsGone(DynamoDbClient client, @TableName String table) {
        assertNotNull(firstTable, "the first test ran first");
        assertNotEquals(firstTable, table);
        assertEquals(constructorTable, table);
        assertEquals(0, client.scan(request -> request.tableName(table)).count());
        assertFalse(client.listTables().tableNames().contains(firstTable), "the first test's table was deleted");
    }
}
