package dev.dynamobao.engine.internal.expression;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An immutable {@code ConditionExpression} tree on attributes of one item, rendered into an
 * {@link ExpressionContext} with placeholders only, e.g.
 * {@code Condition.or(attributeNotExists("_pk"), and(equalTo("relatedId", id), equalTo("relatedModel", model)))}
 * renders {@code attribute_not_exists(#a) OR (#b = :a AND #c = :b)}.
 */
public abstract class Condition {

    private Condition() {
    }

    /** {@code attribute_exists(attribute)}. */
    public static Condition attributeExists(String attribute) {
        return new Function("attribute_exists", attribute);
    }

    /** {@code attribute_not_exists(attribute)}. */
    public static Condition attributeNotExists(String attribute) {
        return new Function("attribute_not_exists", attribute);
    }

    /** {@code attribute = value}. */
    public static Condition equalTo(String attribute, AttributeValue value) {
        return new Comparison(attribute, "=", value);
    }

    /** {@code attribute <> value}; true also when the attribute is absent. */
    public static Condition notEqualTo(String attribute, AttributeValue value) {
        return new Comparison(attribute, "<>", value);
    }

    /**
     * All of {@code parts}: nested ANDs are flattened and {@code null} parts skipped.
     *
     * @return the single remaining part itself, or {@code null} when every part is {@code null}
     */
    public static Condition and(Condition... parts) {
        return Junction.of(true, parts);
    }

    /**
     * Any of {@code parts}: nested ORs are flattened and {@code null} parts skipped.
     *
     * @return the single remaining part itself, or {@code null} when every part is {@code null}
     */
    public static Condition or(Condition... parts) {
        return Junction.of(false, parts);
    }

    /** {@code NOT (condition)}. */
    public static Condition not(Condition condition) {
        return new Negation(Objects.requireNonNull(condition, "condition"));
    }

    /** Renders {@code condition} into {@code context}, or returns {@code null} for a {@code null} condition. */
    public static String renderOrNull(Condition condition, ExpressionContext context) {
        return condition == null ? null : condition.render(context);
    }

    /** Renders this condition, allocating its placeholders in {@code context}. */
    public abstract String render(ExpressionContext context);

    /** Renders this condition as an operand of AND or OR; only a nested AND/OR needs parentheses. */
    String renderOperand(ExpressionContext context) {
        return render(context);
    }

    private static final class Function extends Condition {
        private final String function;
        private final String attribute;

        Function(String function, String attribute) {
            this.function = function;
            this.attribute = Objects.requireNonNull(attribute, "attribute");
        }

        @Override
        public String render(ExpressionContext context) {
            return function + "(" + context.name(attribute) + ")";
        }

        @Override
        public String toString() {
            return function + "(" + attribute + ")";
        }
    }

    private static final class Comparison extends Condition {
        private final String attribute;
        private final String operator;
        private final AttributeValue value;

        Comparison(String attribute, String operator, AttributeValue value) {
            this.attribute = Objects.requireNonNull(attribute, "attribute");
            this.operator = operator;
            this.value = Objects.requireNonNull(value, "value");
        }

        @Override
        public String render(ExpressionContext context) {
            String name = context.name(attribute);
            return name + " " + operator + " " + context.value(value);
        }

        @Override
        public String toString() {
            return attribute + " " + operator + " " + value;
        }
    }

    private static final class Negation extends Condition {
        private final Condition operand;

        Negation(Condition operand) {
            this.operand = operand;
        }

        @Override
        public String render(ExpressionContext context) {
            return "NOT (" + operand.render(context) + ")";
        }

        @Override
        public String toString() {
            return "NOT (" + operand + ")";
        }
    }

    private static final class Junction extends Condition {
        private final boolean conjunction;
        private final List<Condition> parts;

        private Junction(boolean conjunction, List<Condition> parts) {
            this.conjunction = conjunction;
            this.parts = List.copyOf(parts);
        }

        static Condition of(boolean conjunction, Condition... parts) {
            List<Condition> flat = new ArrayList<>();
            for (Condition part : parts) {
                if (part instanceof Junction junction && junction.conjunction == conjunction) {
                    flat.addAll(junction.parts);
                } else if (part != null) {
                    flat.add(part);
                }
            }
            if (flat.isEmpty()) {
                return null;
            }
            return flat.size() == 1 ? flat.get(0) : new Junction(conjunction, flat);
        }

        @Override
        public String render(ExpressionContext context) {
            StringBuilder text = new StringBuilder();
            for (Condition part : parts) {
                if (text.length() > 0) {
                    text.append(conjunction ? " AND " : " OR ");
                }
                text.append(part.renderOperand(context));
            }
            return text.toString();
        }

        @Override
        String renderOperand(ExpressionContext context) {
            // Flattening leaves only the other kind nested here. OR inside AND needs the
            // parentheses; AND inside OR gets them for readability, as dynamo-bao writes it.
            return "(" + render(context) + ")";
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("(");
            for (Condition part : parts) {
                if (text.length() > 1) {
                    text.append(conjunction ? " AND " : " OR ");
                }
                text.append(part);
            }
            return text.append(')').toString();
        }
    }
}
