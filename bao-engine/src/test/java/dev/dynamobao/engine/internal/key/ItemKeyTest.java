package dev.dynamobao.engine.internal.key;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Value semantics of an item's table key (it keys the maps of batch reads and bulk writes). */
class ItemKeyTest {

    @Test
    void keysWithTheSameParts_areEqual_andHashAlike() {
        ItemKey key = new ItemKey("u#1", "u");
        ItemKey same = ItemKey.of(Map.of("_pk", AttributeValue.fromS("u#1"), "_sk", AttributeValue.fromS("u"), "name",
                AttributeValue.fromS("Ann")));
        assertEquals(key, same);
        assertEquals(key.hashCode(), same.hashCode());
        assertEquals("ItemKey[pk=u#1, sk=u]", same.toString());
    }

    @Test
    void keysDifferingInEitherPart_orNull_areNotEqual() {
        ItemKey key = new ItemKey("u#1", "u");
        assertNotEquals(key, new ItemKey("u#2", "u"));
        assertNotEquals(key, new ItemKey("u#1", "x"));
        assertNotEquals(key, new ItemKey(null, "u"));
        assertEquals(new ItemKey(null, null), new ItemKey(null, null));
        assertNotEquals(key, "u#1");
    }
}
