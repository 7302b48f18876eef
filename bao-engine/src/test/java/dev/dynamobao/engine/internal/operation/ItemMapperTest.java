package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoException;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.annotation.Counter;
import dev.dynamobao.annotation.Index;
import dev.dynamobao.annotation.IndexId;
import dev.dynamobao.annotation.Model;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Entity to item and back ({@code LAYOUT.md} §3, §5, §6.1, §7) without a database. */
class ItemMapperTest {

    @Entity
    @Model(prefix = "g", iterationBuckets = 10)
    @Index(name = "byKind", id = IndexId.GSI1, partitionKey = "kind", sortKey = "rank")
    @Index(name = "byFlag", id = IndexId.GSI3, partitionKey = "flag", sortKey = Index.MODEL_PREFIX)
    static final class Gadget {
        @Id String id;
        String kind;
        Integer rank;
        Boolean flag;
        @Column(name = "label") String title;
        @Counter Long hits;
        Set<String> tags;
    }

    private static final EntityModel MODEL = ModelRegistry.build(List.of(Gadget.class), new ConverterFactory(Map.of()),
            EnhancementMode.AUTO, false).model(Gadget.class);

    private static Map<String, AttributeValue> item(Gadget gadget, String tenant) {
        return ItemMapper.toItem(WriteTarget.of("t", MODEL, tenant, gadget.id), gadget);
    }

    @Test
    void toItem_writesFieldsKeysIndexesAndIterationAttributes() {
        Gadget gadget = new Gadget();
        gadget.id = "01HK421PSE1Z4KGPSHDWV0D589";
        gadget.kind = "tool";
        gadget.rank = 3;
        gadget.flag = false;
        gadget.title = "Saw";
        gadget.tags = Set.of("steel");
        Map<String, AttributeValue> item = item(gadget, "acme");
        assertEquals("[acme]#g#01HK421PSE1Z4KGPSHDWV0D589", item.get("_pk").s());
        assertEquals("g", item.get("_sk").s());
        assertEquals("[acme]#g#gsi1#tool", item.get("_gsi1_pk").s());
        assertEquals("00000000000000000003", item.get("_gsi1_sk").s());
        assertEquals("[acme]#g#gsi3#0", item.get("_gsi3_pk").s());
        assertEquals("g", item.get("_gsi3_sk").s());
        assertEquals("[acme]#g#iter#002", item.get("_iter_pk").s());
        assertEquals("01HK421PSE1Z4KGPSHDWV0D589", item.get("_iter_sk").s());
        assertEquals("Saw", item.get("label").s());
        assertFalse(item.containsKey("title"));
        assertEquals(List.of("steel"), item.get("tags").ss());
        assertFalse(item.containsKey("hits"), "null fields are absent");
        assertEquals(14, item.size(), item.keySet()::toString);
    }

    @Test
    void toItem_leavesAnIndexOutWhenOneOfItsSourcesIsNull_andStoresNoEmptySet() {
        Gadget gadget = new Gadget();
        gadget.id = "g1";
        gadget.kind = "tool";
        gadget.tags = Set.of();
        Map<String, AttributeValue> item = item(gadget, null);
        assertFalse(item.containsKey("_gsi1_pk") || item.containsKey("_gsi1_sk"), "rank is null: sparse index");
        assertFalse(item.containsKey("_gsi3_pk") || item.containsKey("_gsi3_sk"), "flag is null: sparse index");
        assertFalse(item.containsKey("tags"));
    }

    @Test
    void fromItem_readsAbsentAndNullAttributesAsNull_countersAsZero_setsAsEmpty_andIgnoresUnknownAttributes() {
        Gadget gadget = new Gadget();
        gadget.kind = "stale";
        ItemMapper.fromItem(MODEL, Map.of("_pk", AttributeValue.fromS("g#g1"), "_sk", AttributeValue.fromS("g"),
                "id", AttributeValue.fromS("g1"), "kind", AttributeValue.fromNul(true), "label", AttributeValue.fromS("Saw"),
                "somethingJsAdded", AttributeValue.fromS("x")), gadget);
        assertEquals("g1", gadget.id);
        assertNull(gadget.kind);
        assertEquals("Saw", gadget.title);
        assertEquals(0L, gadget.hits);
        assertTrue(gadget.tags.isEmpty());
    }

    @Test
    void fromItem_ofAnUnreadableValue_namesModelFieldAndItem() {
        Gadget gadget = new Gadget();
        BaoException failure = assertThrows(BaoException.class, () -> ItemMapper.fromItem(MODEL, Map.of(
                "_pk", AttributeValue.fromS("g#g1"), "_sk", AttributeValue.fromS("g"),
                "flag", AttributeValue.fromS("yes")), gadget));
        assertTrue(failure.getMessage().contains("Gadget.flag") && failure.getMessage().contains("g#g1"), failure.getMessage());
    }
}
