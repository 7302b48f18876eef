package dev.dynamobao.engine.internal.expression;

import dev.dynamobao.BaoException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.UnknownFieldException;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Compiles a public {@link Filter} tree into a {@code FilterExpression}. Field names and values
 * reach the expression only as placeholders allocated in an {@link ExpressionContext}, so
 * reserved words ({@code name}, {@code status}, {@code size}) and arbitrary values are safe.
 * Unknown fields raise {@link UnknownFieldException}; an operator that does not fit the field's
 * stored type raises {@link ValidationException}.
 *
 * <p>Operator fit: {@code eq ne in} on every kind but string sets; {@code gt gte lt lte between}
 * on strings and numbers; {@code beginsWith} on strings; {@code contains} on strings (substring)
 * and string sets (element); {@code size} on strings, string sets and binaries;
 * {@code exists notExists} on everything.
 */
public final class FilterCompiler {
    private static final Set<AttributeKind> EQUALITY = EnumSet.complementOf(EnumSet.of(AttributeKind.STRING_SET));
    private static final Set<AttributeKind> ORDERED = EnumSet.of(AttributeKind.STRING, AttributeKind.NUMBER);
    private static final Set<AttributeKind> PREFIXED = EnumSet.of(AttributeKind.STRING);
    private static final Set<AttributeKind> CONTAINING = EnumSet.of(AttributeKind.STRING, AttributeKind.STRING_SET);
    private static final Set<AttributeKind> SIZED =
            EnumSet.of(AttributeKind.STRING, AttributeKind.STRING_SET, AttributeKind.BINARY);

    /** How tightly a rendered part binds, to decide where parentheses are needed. */
    private enum Binding { ATOM, FUNCTION, NOT, AND, OR }

    private record Rendered(String text, Binding binding) { }

    private final FilterSchema schema;
    private final ExpressionContext context;

    private FilterCompiler(FilterSchema schema, ExpressionContext context) {
        this.schema = schema;
        this.context = context;
    }

    /**
     * Compiles {@code filter} for the model described by {@code schema}.
     *
     * @return the {@code FilterExpression} text; its placeholders are in {@code context}
     * @throws UnknownFieldException when the filter names a field the model does not have
     * @throws ValidationException when an operator does not fit a field's type or a value cannot be converted
     */
    public static String compile(Filter filter, FilterSchema schema, ExpressionContext context) {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(context, "context");
        return new FilterCompiler(schema, context).render(filter).text();
    }

    private Rendered render(Filter filter) {
        if (filter instanceof Filter.Comparison comparison) {
            return comparison(comparison);
        } else if (filter instanceof Filter.In in) {
            return in(in);
        } else if (filter instanceof Filter.Between between) {
            return between(between);
        } else if (filter instanceof Filter.BeginsWith beginsWith) {
            return beginsWith(beginsWith);
        } else if (filter instanceof Filter.Contains contains) {
            return contains(contains);
        } else if (filter instanceof Filter.Size size) {
            return size(size);
        } else if (filter instanceof Filter.Exists exists) {
            return exists(exists);
        } else if (filter instanceof Filter.And and) {
            return junction(and.filters(), Binding.AND);
        } else if (filter instanceof Filter.Or or) {
            return junction(or.filters(), Binding.OR);
        } else if (filter instanceof Filter.Not not) {
            return not(not);
        }
        throw new IllegalArgumentException("Unsupported filter " + filter);
    }

    private Rendered comparison(Filter.Comparison comparison) {
        String operatorName = comparison.operator().name().toLowerCase(Locale.ROOT);
        boolean equality = comparison.operator() == Filter.Operator.EQ || comparison.operator() == Filter.Operator.NE;
        FilterField field = field(comparison.field(), operatorName, equality ? EQUALITY : ORDERED);
        String name = context.name(field.attributeName());
        String value = context.value(convert(field, operatorName, comparison.value()));
        return new Rendered(name + " " + symbol(comparison.operator()) + " " + value, Binding.ATOM);
    }

    private Rendered in(Filter.In in) {
        FilterField field = field(in.field(), "in", EQUALITY);
        StringBuilder text = new StringBuilder(context.name(field.attributeName())).append(" IN (");
        List<Object> values = in.values();
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                text.append(", ");
            }
            text.append(context.value(convert(field, "in", values.get(i))));
        }
        return new Rendered(text.append(')').toString(), Binding.ATOM);
    }

    private Rendered between(Filter.Between between) {
        FilterField field = field(between.field(), "between", ORDERED);
        String name = context.name(field.attributeName());
        String low = context.value(convert(field, "between", between.low()));
        String high = context.value(convert(field, "between", between.high()));
        return new Rendered(name + " BETWEEN " + low + " AND " + high, Binding.ATOM);
    }

    private Rendered beginsWith(Filter.BeginsWith beginsWith) {
        FilterField field = field(beginsWith.field(), "beginsWith", PREFIXED);
        // A prefix is a partial value: it is compared as text, never run through the field's converter.
        return function("begins_with", field, AttributeValue.fromS(beginsWith.prefix()));
    }

    private Rendered contains(Filter.Contains contains) {
        FilterField field = field(contains.field(), "contains", CONTAINING);
        // Substring of a string, or one element (an S value) of a string set.
        return function("contains", field, AttributeValue.fromS(contains.value()));
    }

    private Rendered size(Filter.Size size) {
        String operatorName = "size(...)." + size.operator().name().toLowerCase(Locale.ROOT);
        FilterField field = field(size.field(), operatorName, SIZED);
        String name = context.name(field.attributeName());
        String value = context.value(AttributeValue.fromN(Long.toString(size.size())));
        return new Rendered("size(" + name + ") " + symbol(size.operator()) + " " + value, Binding.ATOM);
    }

    private Rendered exists(Filter.Exists exists) {
        FilterField field = field(exists.field(), exists.exists() ? "exists" : "notExists", EnumSet.allOf(AttributeKind.class));
        String function = exists.exists() ? "attribute_exists" : "attribute_not_exists";
        return new Rendered(function + "(" + context.name(field.attributeName()) + ")", Binding.FUNCTION);
    }

    private Rendered function(String function, FilterField field, AttributeValue operand) {
        String name = context.name(field.attributeName());
        return new Rendered(function + "(" + name + ", " + context.value(operand) + ")", Binding.FUNCTION);
    }

    private Rendered junction(List<Filter> filters, Binding binding) {
        if (filters.size() == 1) {
            return render(filters.get(0));
        }
        String separator = binding == Binding.AND ? " AND " : " OR ";
        StringBuilder text = new StringBuilder();
        for (Filter part : filters) {
            if (text.length() > 0) {
                text.append(separator);
            }
            Rendered rendered = render(part);
            // The same junction nested needs no parentheses (AND and OR are associative); the other
            // one does: an OR inside an AND must have them, an AND inside an OR gets them for clarity.
            boolean otherJunction = (rendered.binding() == Binding.AND || rendered.binding() == Binding.OR)
                    && rendered.binding() != binding;
            text.append(otherJunction ? parenthesised(rendered.text()) : rendered.text());
        }
        return new Rendered(text.toString(), binding);
    }

    private Rendered not(Filter.Not not) {
        Rendered operand = render(not.filter());
        String text = operand.binding() == Binding.FUNCTION ? operand.text() : parenthesised(operand.text());
        return new Rendered("NOT " + text, Binding.NOT);
    }

    private FilterField field(String fieldName, String operatorName, Set<AttributeKind> allowed) {
        FilterField field = schema.field(fieldName).orElseThrow(() -> new UnknownFieldException(
                "Model " + schema.modelName() + " has no field '" + fieldName + "' (used in a filter). Its fields are: "
                        + String.join(", ", schema.fieldNames())));
        if (!allowed.contains(field.kind())) {
            throw new ValidationException("Filter." + operatorName + " cannot be used on field '" + fieldName
                    + "' of model " + schema.modelName() + ", which is stored as " + field.kind()
                    + "; it applies to " + allowed + " fields only. " + hint(field.kind(), operatorName));
        }
        return field;
    }

    private static String hint(AttributeKind kind, String operatorName) {
        if (kind == AttributeKind.STRING_SET) {
            return "For a string set use contains(field, element), size(field) or exists/notExists.";
        }
        if (kind == AttributeKind.BOOLEAN) {
            return "For a boolean use eq, ne or in.";
        }
        if (operatorName.equals("beginsWith") || operatorName.equals("contains")) {
            return "Compare this field with eq, ne, in or a range operator instead.";
        }
        return "Use eq, ne, in or exists/notExists instead.";
    }

    private AttributeValue convert(FilterField field, String operatorName, Object value) {
        AttributeValue converted;
        try {
            converted = field.toAttribute().apply(value);
        } catch (BaoException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ValidationException("Filter." + operatorName + " on field '" + field.name() + "' of model "
                    + schema.modelName() + ": the value " + describe(value) + " cannot be stored in this field ("
                    + e.getMessage() + "). Pass a value of the field's Java type.", e);
        }
        if (converted == null) {
            throw new ValidationException("Filter." + operatorName + " on field '" + field.name() + "' of model "
                    + schema.modelName() + ": the value " + describe(value)
                    + " has no stored form; use exists/notExists to test for absence.");
        }
        return converted;
    }

    private static String describe(Object value) {
        return "'" + value + "' (" + value.getClass().getSimpleName() + ")";
    }

    private static String parenthesised(String text) {
        return "(" + text + ")";
    }

    private static String symbol(Filter.Operator operator) {
        return switch (operator) {
            case EQ -> "=";
            case NE -> "<>";
            case GT -> ">";
            case GTE -> ">=";
            case LT -> "<";
            case LTE -> "<=";
        };
    }
}
