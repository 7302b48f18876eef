package dev.dynamobao.engine.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class ConditionTest {
    private static final AttributeValue ID = AttributeValue.fromS("01HK421PSE1Z4KGPSHDWV0D589");
    private static final AttributeValue USER = AttributeValue.fromS("User");

    @Test
    void attributeExists_rendersFunction() {
        ExpressionContext context = new ExpressionContext();

        assertEquals("attribute_exists(#a)", Condition.attributeExists("_pk").render(context));
        assertEquals(Map.of("#a", "_pk"), context.names());
        assertNull(context.valuesOrNull());
    }

    @Test
    void attributeNotExists_rendersFunction() {
        assertEquals("attribute_not_exists(#a)", Condition.attributeNotExists("_pk").render(new ExpressionContext()));
    }

    @Test
    void equalTo_rendersComparison() {
        ExpressionContext context = new ExpressionContext();

        assertEquals("#a = :a", Condition.equalTo("status", USER).render(context));
        assertEquals(Map.of(":a", USER), context.values());
    }

    @Test
    void notEqualTo_rendersComparison() {
        assertEquals("#a <> :a", Condition.notEqualTo("status", USER).render(new ExpressionContext()));
    }

    @Test
    void uniqueConstraintClaim_rendersLikeJavaScript() {
        ExpressionContext context = new ExpressionContext();
        Condition claim = Condition.or(Condition.attributeNotExists("_pk"),
                Condition.and(Condition.equalTo("relatedId", ID), Condition.equalTo("relatedModel", USER)));

        assertEquals("attribute_not_exists(#a) OR (#b = :a AND #c = :b)", claim.render(context));
        assertEquals(Map.of("#a", "_pk", "#b", "relatedId", "#c", "relatedModel"), context.names());
        assertEquals(Map.of(":a", ID, ":b", USER), context.values());
    }

    @Test
    void orInsideAnd_isParenthesised() {
        Condition condition = Condition.and(Condition.attributeExists("a"),
                Condition.or(Condition.attributeExists("b"), Condition.attributeExists("c")));

        assertEquals("attribute_exists(#a) AND (attribute_exists(#b) OR attribute_exists(#c))",
                condition.render(new ExpressionContext()));
    }

    @Test
    void and_flattensNestedAndsAndSkipsNulls() {
        Condition condition = Condition.and(null, Condition.attributeExists("a"),
                Condition.and(Condition.attributeExists("b"), null, Condition.attributeExists("c")));

        assertEquals("attribute_exists(#a) AND attribute_exists(#b) AND attribute_exists(#c)",
                condition.render(new ExpressionContext()));
    }

    @Test
    void or_flattensNestedOrs() {
        Condition condition = Condition.or(Condition.or(Condition.attributeExists("a"), Condition.attributeExists("b")),
                Condition.attributeExists("c"));

        assertEquals("attribute_exists(#a) OR attribute_exists(#b) OR attribute_exists(#c)",
                condition.render(new ExpressionContext()));
    }

    @Test
    void and_withOnePart_returnsThatPart() {
        Condition only = Condition.attributeExists("a");

        assertSame(only, Condition.and(null, only));
        assertSame(only, Condition.or(only));
    }

    @Test
    void and_withOnlyNulls_returnsNull() {
        assertNull(Condition.and(null, null));
        assertNull(Condition.or());
        assertNull(Condition.renderOrNull(Condition.and((Condition) null), new ExpressionContext()));
    }

    @Test
    void not_wrapsOperandInParentheses() {
        Condition condition = Condition.not(Condition.and(Condition.attributeExists("a"), Condition.attributeExists("b")));

        assertEquals("NOT (attribute_exists(#a) AND attribute_exists(#b))", condition.render(new ExpressionContext()));
    }

    @Test
    void render_twice_reusesNamesButAllocatesNewValues() {
        ExpressionContext context = new ExpressionContext();
        Condition condition = Condition.equalTo("version", ID);

        condition.render(context);

        assertEquals("#a = :b", condition.render(context));
    }
}
