package dev.dynamobao.engine.internal.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

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
    void itemKeyNames_areTheLayoutNames() {
        assertEquals(LayoutAttributes.PK, ItemKey.PK);
        assertEquals(LayoutAttributes.SK, ItemKey.SK);
    }
}
