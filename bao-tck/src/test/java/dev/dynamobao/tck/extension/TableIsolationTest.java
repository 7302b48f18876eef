package dev.dynamobao.tck.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestClassOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Two test classes get two tables; the first is deleted when it finishes; a nested class shares its outer table. */
@BaoTest
@TestClassOrder(ClassOrderer.OrderAnnotation.class)
class TableIsolationTest {

    private static String outerTable;
    private static String firstTable;

    @BeforeAll
    static void rememberOuterTable(@TableName String table) {
        outerTable = table;
    }

    @Nested
    @Order(1)
    @BaoTest
    class FirstClass {

        @Test
        void hasItsOwnTable_andWritesIntoIt(DynamoDbClient client, @TableName String table) {
            assertNotEquals(outerTable, table);
            firstTable = table;
            client.putItem(request -> request.tableName(table).item(Map.of(
                    "_pk", AttributeValue.fromS("p#1"), "_sk", AttributeValue.fromS("p#1"))));
        }
    }

    @Nested
    @Order(2)
    @BaoTest
    class SecondClass {

        @Test
        void hasAnotherEmptyTable_andTheFirstIsGone(DynamoDbClient client, @TableName String table) {
            assertNotNull(firstTable, "FirstClass ran first");
            assertNotEquals(firstTable, table);
            assertNotEquals(outerTable, table);
            assertEquals(0, client.scan(request -> request.tableName(table)).count());
            assertFalse(client.listTables().tableNames().contains(firstTable), "table of FirstClass was deleted");
        }
    }

    @Nested
    @Order(3)
    class NestedWithoutItsOwnAnnotation {

        @Test
        void sharesTheOuterTable(DynamoDbClient client, @TableName String table) {
            assertEquals(outerTable, table);
            assertTrue(client.listTables().tableNames().contains(table));
        }
    }
}
