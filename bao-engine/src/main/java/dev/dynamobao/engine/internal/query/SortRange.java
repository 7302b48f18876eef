package dev.dynamobao.engine.internal.query;

import dev.dynamobao.query.SortCondition;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * A sort-key condition with its operands in key form. Knows which sort-key values it admits, by
 * DynamoDB's ordering of {@code S} values (unsigned UTF-8 bytes), so that a cursor outside the
 * condition can be rejected before DynamoDB sees it.
 *
 * @param operator the comparison
 * @param value the operand (lower bound for BETWEEN, prefix for BEGINS_WITH)
 * @param upper the upper bound for BETWEEN, otherwise {@code null}
 */
public record SortRange(SortCondition.Operator operator, String value, String upper) {

    /** Validates the operands. */
    public SortRange {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        if ((operator == SortCondition.Operator.BETWEEN) != (upper != null)) {
            throw new IllegalArgumentException("Only BETWEEN takes an upper bound");
        }
    }

    /** Whether an item whose sort key is {@code sortKey} satisfies the condition. */
    public boolean admits(String sortKey) {
        int compared = compare(sortKey, value);
        return switch (operator) {
            case EQ -> compared == 0;
            case LT -> compared < 0;
            case LTE -> compared <= 0;
            case GT -> compared > 0;
            case GTE -> compared >= 0;
            case BETWEEN -> compared >= 0 && compare(sortKey, upper) <= 0;
            case BEGINS_WITH -> sortKey.startsWith(value);
        };
    }

    private static int compare(String left, String right) {
        return Arrays.compareUnsigned(left.getBytes(StandardCharsets.UTF_8), right.getBytes(StandardCharsets.UTF_8));
    }
}
