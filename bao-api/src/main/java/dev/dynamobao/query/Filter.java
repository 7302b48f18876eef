package dev.dynamobao.query;

import dev.dynamobao.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A filter on query results, with every operator of the seed: {@code eq ne gt gte lt lte in
 * beginsWith between contains size exists notExists and or not}, nested freely. Field names are
 * the entity's field names; values are Java values of those fields. The engine compiles a filter
 * into a {@code FilterExpression} with placeholder names and values only, and rejects unknown
 * fields and operators that do not fit the field's type.
 *
 * <pre>{@code
 * Filter.and(Filter.eq("status", "active"),
 *            Filter.or(Filter.contains("tags", "java"), Filter.size("tags").gt(3)))
 * }</pre>
 */
public sealed interface Filter permits Filter.Comparison, Filter.In, Filter.Between, Filter.BeginsWith,
        Filter.Contains, Filter.Size, Filter.Exists, Filter.And, Filter.Or, Filter.Not {

    /** Comparison operators. */
    enum Operator {
        /** {@code =}. */
        EQ,
        /** {@code <>}. */
        NE,
        /** {@code >}. */
        GT,
        /** {@code >=}. */
        GTE,
        /** {@code <}. */
        LT,
        /** {@code <=}. */
        LTE
    }

    /** {@code field op value}. */
    record Comparison(String field, Operator operator, Object value) implements Filter {
        /** Validates the operands. */
        public Comparison {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
            Objects.requireNonNull(value, () -> "Filter on '" + field + "': value must not be null (use notExists)");
        }
    }

    /** {@code field IN (values)}. */
    record In(String field, List<Object> values) implements Filter {
        /** Validates the operands. */
        public In {
            Objects.requireNonNull(field, "field");
            values = List.copyOf(values);
            if (values.isEmpty() || values.size() > 100) {
                throw new ValidationException("Filter.in('" + field + "') got " + values.size() + " values; give 1 to 100"
                        + " (split a longer list into several queries, or filter with Filter.or of several in(...))");
            }
        }
    }

    /** {@code field BETWEEN low AND high}. */
    record Between(String field, Object low, Object high) implements Filter {
        /** Validates the operands. */
        public Between {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(low, "low");
            Objects.requireNonNull(high, "high");
        }
    }

    /** {@code begins_with(field, prefix)}. */
    record BeginsWith(String field, String prefix) implements Filter {
        /** Validates the operands. */
        public BeginsWith {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(prefix, "prefix");
        }
    }

    /** {@code contains(field, value)}: a substring of a string, or an element of a string set. */
    record Contains(String field, String value) implements Filter {
        /** Validates the operands. */
        public Contains {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
        }
    }

    /** {@code size(field) op value}. */
    record Size(String field, Operator operator, long size) implements Filter {
        /** Validates the operands. */
        public Size {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(operator, "operator");
        }
    }

    /** {@code attribute_exists(field)} or {@code attribute_not_exists(field)}. */
    record Exists(String field, boolean exists) implements Filter {
        /** Validates the operands. */
        public Exists {
            Objects.requireNonNull(field, "field");
        }
    }

    /** All of the filters. */
    record And(List<Filter> filters) implements Filter {
        /** Copies the operands. */
        public And {
            filters = List.copyOf(filters);
            if (filters.isEmpty()) {
                throw new ValidationException("Filter.and() needs at least one filter; pass the filters to combine,"
                        + " or leave the filter out to match everything");
            }
        }
    }

    /** Any of the filters. */
    record Or(List<Filter> filters) implements Filter {
        /** Copies the operands. */
        public Or {
            filters = List.copyOf(filters);
            if (filters.isEmpty()) {
                throw new ValidationException("Filter.or() needs at least one filter; pass the alternatives to combine,"
                        + " or leave the filter out to match everything");
            }
        }
    }

    /** The negation of a filter. */
    record Not(Filter filter) implements Filter {
        /** Validates the operand. */
        public Not {
            Objects.requireNonNull(filter, "filter");
        }
    }

    /** {@code field = value}. */
    static Filter eq(String field, Object value) {
        return new Comparison(field, Operator.EQ, value);
    }

    /** {@code field <> value}. */
    static Filter ne(String field, Object value) {
        return new Comparison(field, Operator.NE, value);
    }

    /** {@code field > value}. */
    static Filter gt(String field, Object value) {
        return new Comparison(field, Operator.GT, value);
    }

    /** {@code field >= value}. */
    static Filter gte(String field, Object value) {
        return new Comparison(field, Operator.GTE, value);
    }

    /** {@code field < value}. */
    static Filter lt(String field, Object value) {
        return new Comparison(field, Operator.LT, value);
    }

    /** {@code field <= value}. */
    static Filter lte(String field, Object value) {
        return new Comparison(field, Operator.LTE, value);
    }

    /** {@code field IN (values)}. */
    static Filter in(String field, Object... values) {
        return new In(field, List.of(values));
    }

    /** {@code field IN (values)}. */
    static Filter in(String field, List<?> values) {
        return new In(field, new ArrayList<>(values));
    }

    /** {@code field BETWEEN low AND high}. */
    static Filter between(String field, Object low, Object high) {
        return new Between(field, low, high);
    }

    /** {@code begins_with(field, prefix)}. */
    static Filter beginsWith(String field, String prefix) {
        return new BeginsWith(field, prefix);
    }

    /** {@code contains(field, value)}: substring of a string or element of a string set. */
    static Filter contains(String field, String value) {
        return new Contains(field, value);
    }

    /** Starts a condition on {@code size(field)}, e.g. {@code Filter.size("tags").gt(2)}. */
    static SizeOf size(String field) {
        return new SizeOf(field);
    }

    /** {@code attribute_exists(field)}. */
    static Filter exists(String field) {
        return new Exists(field, true);
    }

    /** {@code attribute_not_exists(field)}. */
    static Filter notExists(String field) {
        return new Exists(field, false);
    }

    /** All of {@code filters}. */
    static Filter and(Filter... filters) {
        return new And(List.of(filters));
    }

    /** Any of {@code filters}. */
    static Filter or(Filter... filters) {
        return new Or(List.of(filters));
    }

    /** Not {@code filter}. */
    static Filter not(Filter filter) {
        return new Not(filter);
    }

    /** This and {@code other}. */
    default Filter and(Filter other) {
        return new And(List.of(this, other));
    }

    /** This or {@code other}. */
    default Filter or(Filter other) {
        return new Or(List.of(this, other));
    }

    /** The first half of a {@code size(field)} condition. */
    final class SizeOf {
        private final String field;

        private SizeOf(String field) {
            this.field = Objects.requireNonNull(field, "field");
        }

        /** {@code size(field) = n}. */
        public Filter eq(long n) {
            return new Size(field, Operator.EQ, n);
        }

        /** {@code size(field) <> n}. */
        public Filter ne(long n) {
            return new Size(field, Operator.NE, n);
        }

        /** {@code size(field) > n}. */
        public Filter gt(long n) {
            return new Size(field, Operator.GT, n);
        }

        /** {@code size(field) >= n}. */
        public Filter gte(long n) {
            return new Size(field, Operator.GTE, n);
        }

        /** {@code size(field) < n}. */
        public Filter lt(long n) {
            return new Size(field, Operator.LT, n);
        }

        /** {@code size(field) <= n}. */
        public Filter lte(long n) {
            return new Size(field, Operator.LTE, n);
        }
    }
}
