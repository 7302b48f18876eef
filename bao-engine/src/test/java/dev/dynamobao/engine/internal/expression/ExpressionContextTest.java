package dev.dynamobao.engine.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ExpressionContextTest {

    @Test
    void name_forSameAttribute_reusesPlaceholder() {
        ExpressionContext context = new ExpressionContext();

        assertEquals("#a", context.name("status"));
        assertEquals("#b", context.name("name"));
        assertEquals("#a", context.name("status"));
        assertEquals(Map.of("#a", "status", "#b", "name"), context.names());
    }

    @Test
    void value_everyCall_allocatesNewPlaceholder() {
        ExpressionContext context = new ExpressionContext();

        assertEquals(":a", context.value(AttributeValue.fromS("a")));
        assertEquals(":b", context.value(AttributeValue.fromS("a")));
        assertEquals(Map.of(":a", AttributeValue.fromS("a"), ":b", AttributeValue.fromS("a")), context.values());
    }

    @Test
    void orNullAccessors_whenEmpty_returnNull() {
        ExpressionContext context = new ExpressionContext();

        assertNull(context.namesOrNull());
        assertNull(context.valuesOrNull());
        assertTrue(context.names().isEmpty());
        assertTrue(context.values().isEmpty());
    }

    @Test
    void orNullAccessors_whenFilled_returnMaps() {
        ExpressionContext context = new ExpressionContext();
        context.name("a");
        context.value(AttributeValue.fromN("1"));

        assertEquals(Map.of("#a", "a"), context.namesOrNull());
        assertEquals(Map.of(":a", AttributeValue.fromN("1")), context.valuesOrNull());
    }

    @Test
    void maps_areReadOnly() {
        ExpressionContext context = new ExpressionContext();
        context.name("a");

        assertThrows(UnsupportedOperationException.class, () -> context.names().put("#x", "x"));
        assertThrows(UnsupportedOperationException.class, () -> context.values().clear());
    }

    @Test
    void name_whenEmpty_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> new ExpressionContext().name(""));
    }

    @Test
    void token_isTheShortestUniqueLetterSequence() {
        assertEquals("a", ExpressionContext.token(0));
        assertEquals("z", ExpressionContext.token(25));
        assertEquals("aa", ExpressionContext.token(26));
        assertEquals("az", ExpressionContext.token(51));
        assertEquals("ba", ExpressionContext.token(52));
        assertEquals("zz", ExpressionContext.token(701));
        assertEquals("aaa", ExpressionContext.token(702));
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 20_000; i++) {
            assertTrue(seen.add(ExpressionContext.token(i)), "duplicate at " + i);
        }
    }
}
