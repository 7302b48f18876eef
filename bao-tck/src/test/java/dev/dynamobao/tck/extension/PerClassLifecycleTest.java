package dev.dynamobao.tck.extension;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** With one test instance per class, the instance is built before the class callbacks run; injection still works. */
@BaoTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PerClassLifecycleTest {

    private final String constructorTable;
    private String beforeAllTable;

    PerClassLifecycleTest(@TableName String table) {
        this.constructorTable = table;
    }

    @BeforeAll
    void rememberTable(@TableName String table) {
        beforeAllTable = table;
    }

    @Test
    void constructorAndBeforeAll_getTheClassTable(DynamoDbClient client, @TableName String table) {
        assertEquals(constructorTable, table);
        assertEquals(beforeAllTable, table);
        assertTrue(client.listTables().tableNames().contains(table));
    }
}
