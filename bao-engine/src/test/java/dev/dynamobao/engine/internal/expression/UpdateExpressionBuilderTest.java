package dev.dynamobao.engine.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class UpdateExpressionBuilderTest {
    private static final AttributeValue ALICE = AttributeValue.fromS("Alice");
    private static final AttributeValue ONE = AttributeValue.fromN("1");
    private static final AttributeValue TAGS = AttributeValue.fromSs(java.util.List.of("java"));

    @Test
    void build_withSetOnly_listsAssignmentsInOrder() {
        ExpressionContext context = new ExpressionContext();
        String expression = new UpdateExpressionBuilder(context)
                .set("name", ALICE)
                .set("status", AttributeValue.fromS("active"))
                .build();

        assertEquals("SET #a = :a, #b = :b", expression);
        assertEquals(Map.of("#a", "name", "#b", "status"), context.names());
        assertEquals(Map.of(":a", ALICE, ":b", AttributeValue.fromS("active")), context.values());
    }

    @Test
    void build_withEveryClause_rendersSetRemoveAddDeleteOrder() {
        ExpressionContext context = new ExpressionContext();
        String expression = new UpdateExpressionBuilder(context)
                .delete("labels", TAGS)
                .add("views", ONE)
                .remove("payload")
                .set("name", ALICE)
                .remove("ttl")
                .build();

        assertEquals("SET #d = :c REMOVE #c, #e ADD #b :b DELETE #a :a", expression);
        assertEquals(Map.of("#a", "labels", "#b", "views", "#c", "payload", "#d", "name", "#e", "ttl"),
                context.names());
        assertEquals(Map.of(":a", TAGS, ":b", ONE, ":c", ALICE), context.values());
    }

    @Test
    void build_withRemoveOnly_hasNoValues() {
        ExpressionContext context = new ExpressionContext();

        assertEquals("REMOVE #a, #b", new UpdateExpressionBuilder(context).remove("a").remove("b").build());
        assertEquals(null, context.valuesOrNull());
    }

    @Test
    void setIfNotExists_usesSameNamePlaceholderTwice() {
        ExpressionContext context = new ExpressionContext();

        String expression = new UpdateExpressionBuilder(context).setIfNotExists("createdAt", ONE).build();

        assertEquals("SET #a = if_not_exists(#a, :a)", expression);
        assertEquals(Map.of("#a", "createdAt"), context.names());
    }

    @Test
    void build_sharingContextWithCondition_reusesNamePlaceholders() {
        ExpressionContext context = new ExpressionContext();
        AttributeValue newVersion = AttributeValue.fromS("01HK421PSER5NA6D1HJ8YA04J9");
        AttributeValue loadedVersion = AttributeValue.fromS("01HK421PSE1Z4KGPSHDWV0D589");

        String update = new UpdateExpressionBuilder(context).set("version", newVersion).add("likes", ONE).build();
        String condition = Condition.and(Condition.attributeExists("_pk"), Condition.equalTo("version", loadedVersion))
                .render(context);

        assertEquals("SET #a = :a ADD #b :b", update);
        assertEquals("attribute_exists(#c) AND #a = :c", condition);
        assertEquals(Map.of("#a", "version", "#b", "likes", "#c", "_pk"), context.names());
        assertEquals(Map.of(":a", newVersion, ":b", ONE, ":c", loadedVersion), context.values());
    }

    @Test
    void reservedWords_areOnlyPlaceholders() {
        ExpressionContext context = new ExpressionContext();

        String expression = new UpdateExpressionBuilder(context)
                .set("name", ALICE).set("status", ALICE).set("size", ONE).add("count", ONE).build();

        assertEquals("SET #a = :a, #b = :b, #c = :c ADD #d :d", expression);
    }

    @Test
    void build_whenEmpty_throws() {
        UpdateExpressionBuilder builder = new UpdateExpressionBuilder(new ExpressionContext());

        assertTrue(builder.isEmpty());
        assertThrows(IllegalStateException.class, builder::build);
    }

    @Test
    void build_whenAttributeInTwoClauses_throwsNamingIt() {
        UpdateExpressionBuilder builder = new UpdateExpressionBuilder(new ExpressionContext())
                .set("tags", TAGS).add("tags", TAGS);

        IllegalStateException error = assertThrows(IllegalStateException.class, builder::build);
        assertTrue(error.getMessage().contains("'tags'"), error.getMessage());
        assertTrue(error.getMessage().contains("SET") && error.getMessage().contains("ADD"), error.getMessage());
    }

    @Test
    void build_whenAttributeSetTwice_throws() {
        UpdateExpressionBuilder builder = new UpdateExpressionBuilder(new ExpressionContext())
                .set("name", ALICE).set("name", ALICE);

        assertThrows(IllegalStateException.class, builder::build);
    }

    @Test
    void touches_reportsAttributesOfEveryClause() {
        UpdateExpressionBuilder builder = new UpdateExpressionBuilder(new ExpressionContext())
                .set("a", ONE).remove("b").add("c", ONE).delete("d", TAGS);

        assertFalse(builder.isEmpty());
        assertTrue(builder.touches("a"));
        assertTrue(builder.touches("b"));
        assertTrue(builder.touches("c"));
        assertTrue(builder.touches("d"));
        assertFalse(builder.touches("e"));
    }

    @Test
    void build_calledTwice_returnsSameText() {
        ExpressionContext context = new ExpressionContext();
        UpdateExpressionBuilder builder = new UpdateExpressionBuilder(context).set("a", ONE);

        assertEquals(builder.build(), builder.build());
        assertEquals(1, context.values().size());
    }
}
