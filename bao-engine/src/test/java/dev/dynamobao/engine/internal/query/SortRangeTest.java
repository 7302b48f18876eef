package dev.dynamobao.engine.internal.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.dynamobao.query.SortCondition.Operator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class SortRangeTest {

    @ParameterizedTest
    @CsvSource({
        "EQ, b, b, true", "EQ, b, c, false",
        "LT, b, a, true", "LT, b, b, false",
        "LTE, b, b, true", "LTE, b, c, false",
        "GT, b, c, true", "GT, b, b, false",
        "GTE, b, b, true", "GTE, b, a, false",
        "BEGINS_WITH, 0001, 00012, true", "BEGINS_WITH, 0001, 0002, false"
    })
    void admits_comparesKeyForms(Operator operator, String operand, String sortKey, boolean expected) {
        assertEquals(expected, new SortRange(operator, operand, null).admits(sortKey));
    }

    @Test
    void between_isInclusiveOnBothEnds() {
        SortRange range = new SortRange(Operator.BETWEEN, "b", "d");
        assertEquals(true, range.admits("b"));
        assertEquals(true, range.admits("d"));
        assertEquals(false, range.admits("da"));
        assertEquals(false, range.admits("a"));
    }

    @Test
    void ordering_isByUtf8Bytes_likeDynamoDb() {
        // U+FF5E sorts before U+1F600 in UTF-8 bytes (EF.. < F0..) but after it in UTF-16 code units.
        assertEquals(true, new SortRange(Operator.LT, "\uD83D\uDE00", null).admits("\uFF5E"));
    }

    @Test
    void upperBound_onlyForBetween() {
        assertThrows(IllegalArgumentException.class, () -> new SortRange(Operator.EQ, "a", "b"));
        assertThrows(IllegalArgumentException.class, () -> new SortRange(Operator.BETWEEN, "a", null));
    }
}
