package dev.dynamobao.engine.internal.expression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.query.SortCondition.Operator;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

class KeyConditionTest {
    private static final AttributeValue PK = AttributeValue.fromS("p#gsi2#p");
    private static final AttributeValue LOW = AttributeValue.fromS("00000001704164645678");
    private static final AttributeValue HIGH = AttributeValue.fromS("00000001704164649999");

    @Test
    void partitionOnly_rendersEquality() {
        ExpressionContext context = new ExpressionContext();

        assertEquals("#a = :a", KeyCondition.partition("_pk", PK).render(context));
        assertEquals(Map.of("#a", "_pk"), context.names());
        assertEquals(Map.of(":a", PK), context.values());
        assertFalse(KeyCondition.partition("_pk", PK).hasSortCondition());
    }

    @ParameterizedTest
    @CsvSource({
        "EQ, #a = :a AND #b = :b",
        "LT, #a = :a AND #b < :b",
        "LTE, #a = :a AND #b <= :b",
        "GT, #a = :a AND #b > :b",
        "GTE, #a = :a AND #b >= :b",
        "BEGINS_WITH, '#a = :a AND begins_with(#b, :b)'"
    })
    void sort_withSingleValueOperator_renders(Operator operator, String expected) {
        ExpressionContext context = new ExpressionContext();

        KeyCondition condition = KeyCondition.partition("_gsi2_pk", PK).sort("_gsi2_sk", operator, LOW, null);

        assertTrue(condition.hasSortCondition());
        assertEquals(expected, condition.render(context));
        assertEquals(Map.of("#a", "_gsi2_pk", "#b", "_gsi2_sk"), context.names());
        assertEquals(Map.of(":a", PK, ":b", LOW), context.values());
    }

    @Test
    void sort_between_rendersBothBounds() {
        ExpressionContext context = new ExpressionContext();

        String expression = KeyCondition.partition("_pk", PK).sort("_sk", Operator.BETWEEN, LOW, HIGH).render(context);

        assertEquals("#a = :a AND #b BETWEEN :b AND :c", expression);
        assertEquals(Map.of(":a", PK, ":b", LOW, ":c", HIGH), context.values());
    }

    @Test
    void sort_betweenWithoutUpper_isRejected() {
        KeyCondition partition = KeyCondition.partition("_pk", PK);

        assertThrows(IllegalArgumentException.class, () -> partition.sort("_sk", Operator.BETWEEN, LOW, null));
    }

    @Test
    void sort_upperWithOtherOperator_isRejected() {
        KeyCondition partition = KeyCondition.partition("_pk", PK);

        assertThrows(IllegalArgumentException.class, () -> partition.sort("_sk", Operator.GT, LOW, HIGH));
    }

    @Test
    void sort_returnsNewCondition_leavingPartitionOnlyUnchanged() {
        KeyCondition partition = KeyCondition.partition("_pk", PK);

        partition.sort("_sk", Operator.EQ, LOW, null);

        assertEquals("#a = :a", partition.render(new ExpressionContext()));
    }

    @Test
    void keyConditionAndFilter_shareOneContext() {
        ExpressionContext context = new ExpressionContext();

        String key = KeyCondition.partition("_pk", PK).sort("_sk", Operator.GT, LOW, null).render(context);
        String filter = Condition.attributeExists("_sk").render(context);

        assertEquals("#a = :a AND #b > :b", key);
        assertEquals("attribute_exists(#b)", filter);
    }
}
