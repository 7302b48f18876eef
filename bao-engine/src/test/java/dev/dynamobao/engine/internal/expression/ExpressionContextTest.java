package dev.dynamobao.engine.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ExpressionContextTest {

    @Test
    void name_forSameAttribute_reusesPlaceholder() {
        ExpressionContext context = new ExpressionContext();

        assertEquals("#n0", context.name("status"));
        assertEquals("#n1", context.name("name"));
        assertEquals("#n0", context.name("status"));
        assertEquals(Map.of("#n0", "status", "#n1", "name"), context.names());
    }

    @Test
    void value_everyCall_allocatesNewPlaceholder() {
        ExpressionContext context = new ExpressionContext();

        assertEquals(":v0", context.value(AttributeValue.fromS("a")));
        assertEquals(":v1", context.value(AttributeValue.fromS("a")));
        assertEquals(Map.of(":v0", AttributeValue.fromS("a"), ":v1", AttributeValue.fromS("a")), context.values());
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

        assertEquals(Map.of("#n0", "a"), context.namesOrNull());
        assertEquals(Map.of(":v0", AttributeValue.fromN("1")), context.valuesOrNull());
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
}
