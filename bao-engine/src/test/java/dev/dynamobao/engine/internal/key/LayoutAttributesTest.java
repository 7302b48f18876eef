package dev.dynamobao.engine.internal.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class LayoutAttributesTest {

    @Test
    void keyAttributes_keepTheOrderCursorsNumberThemBy() {
        assertEquals(List.of("_pk", "_sk", "_gsi1_pk", "_gsi1_sk", "_gsi2_pk", "_gsi2_sk", "_gsi3_pk", "_gsi3_sk",
                "_gsi4_pk", "_gsi4_sk", "_gsi5_pk", "_gsi5_sk", "_iter_pk", "_iter_sk"), LayoutAttributes.keyAttributes());
    }

    @Test
    void indexAttributes_areSpelledFromTheIndexName() {
        assertEquals("gsi3", LayoutAttributes.indexName(3));
        assertEquals("_gsi3_pk", LayoutAttributes.indexPartition("gsi3"));
        assertEquals("_gsi3_sk", LayoutAttributes.indexSort("gsi3"));
    }

    @Test
    void indexName_outsideTheFiveSlots_throws() {
        assertThrows(IllegalArgumentException.class, () -> LayoutAttributes.indexName(6));
        assertThrows(IllegalArgumentException.class, () -> LayoutAttributes.indexName(0));
    }

    @Test
    void itemKey_usesTheLayoutNames_bothWays() {
        ItemKey key = new ItemKey("u#1", "u");
        assertEquals(Map.of("_pk", AttributeValue.fromS("u#1"), "_sk", AttributeValue.fromS("u")), key.toMap());
        assertEquals(key, ItemKey.of(key.toMap()));
    }

    @Test
    void constraintTenant_isTheJavaScriptLibrarysName() {
        assertEquals("_gsi_test_id", LayoutAttributes.CONSTRAINT_TENANT);
    }
}
