package dev.dynamobao.query;

import dev.dynamobao.ValidationException;
import java.util.Objects;

/**
 * A condition on the sort key of the queried index. Values are Java values of the sort-key
 * field; the engine turns them into key form ({@code LAYOUT.md} §5). The operators are spelled
 * like {@link Filter}'s: {@code eq, lt, lte, gt, gte, between, beginsWith}.
 *
 * @param operator the comparison
 * @param value the value (lower bound for {@link Operator#BETWEEN})
 * @param upper the upper bound for {@link Operator#BETWEEN}, otherwise {@code null}
 */
public record SortCondition(Operator operator, Object value, Object upper) {

    /** Sort-key comparisons DynamoDB supports in a key condition. */
    public enum Operator {
        /** {@code =}. */
        EQ,
        /** {@code <}. */
        LT,
        /** {@code <=}. */
        LTE,
        /** {@code >}. */
        GT,
        /** {@code >=}. */
        GTE,
        /** {@code BETWEEN a AND b}, inclusive. */
        BETWEEN,
        /** {@code begins_with}. */
        BEGINS_WITH
    }

    /**
     * Validates the operands.
     *
     * @throws ValidationException when an upper bound is given to an operator other than BETWEEN, or missing for BETWEEN
     */
    public SortCondition {
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        if ((operator == Operator.BETWEEN) != (upper != null)) {
            throw new ValidationException("SortCondition " + operator + ": only BETWEEN takes an upper bound;"
                    + " use SortCondition.between(low, high) for a range, or the one-value factory (eq, lt, lte, gt, gte)");
        }
    }

    /** Sort key equal to {@code value}. */
    public static SortCondition eq(Object value) {
        return new SortCondition(Operator.EQ, value, null);
    }

    /** Sort key less than {@code value}. */
    public static SortCondition lt(Object value) {
        return new SortCondition(Operator.LT, value, null);
    }

    /** Sort key less than or equal to {@code value}. */
    public static SortCondition lte(Object value) {
        return new SortCondition(Operator.LTE, value, null);
    }

    /**
     * Sort key less than or equal to {@code value}.
     *
     * @deprecated spelled {@link #lte(Object)} like {@link Filter#lte}; removed before 1.0
     */
    @Deprecated(forRemoval = true)
    public static SortCondition le(Object value) {
        return lte(value);
    }

    /** Sort key greater than {@code value}. */
    public static SortCondition gt(Object value) {
        return new SortCondition(Operator.GT, value, null);
    }

    /** Sort key greater than or equal to {@code value}. */
    public static SortCondition gte(Object value) {
        return new SortCondition(Operator.GTE, value, null);
    }

    /**
     * Sort key greater than or equal to {@code value}.
     *
     * @deprecated spelled {@link #gte(Object)} like {@link Filter#gte}; removed before 1.0
     */
    @Deprecated(forRemoval = true)
    public static SortCondition ge(Object value) {
        return gte(value);
    }

    /** Sort key between {@code low} and {@code high}, both included. */
    public static SortCondition between(Object low, Object high) {
        return new SortCondition(Operator.BETWEEN, low, Objects.requireNonNull(high, "high"));
    }

    /** Sort key (in key form) starting with {@code prefix}. */
    public static SortCondition beginsWith(String prefix) {
        return new SortCondition(Operator.BEGINS_WITH, prefix, null);
    }
}
