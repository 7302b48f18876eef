package dev.dynamobao.engine.internal.expression;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Builds an {@code UpdateExpression} such as {@code SET #a = :a, #b = :b REMOVE #c ADD #d :c},
 * taking placeholders from an {@link ExpressionContext} as each action is added. Clauses are
 * rendered in the order SET, REMOVE, ADD, DELETE; actions keep the order they were added in.
 * DynamoDB rejects an expression that touches one attribute twice, so {@link #build()} does too.
 */
public final class UpdateExpressionBuilder {
    private enum Clause { SET, REMOVE, ADD, DELETE }

    private record Action(Clause clause, String attribute, String text) { }

    private final ExpressionContext context;
    private final List<Action> actions = new ArrayList<>();

    /** Creates a builder that allocates its placeholders in {@code context}. */
    public UpdateExpressionBuilder(ExpressionContext context) {
        this.context = Objects.requireNonNull(context, "context");
    }

    /** Adds {@code SET attribute = value}. */
    public UpdateExpressionBuilder set(String attribute, AttributeValue value) {
        String name = context.name(attribute);
        return append(Clause.SET, attribute, name + " = " + context.value(value));
    }

    /** Adds {@code SET attribute = if_not_exists(attribute, value)}: writes the value only when the attribute is absent. */
    public UpdateExpressionBuilder setIfNotExists(String attribute, AttributeValue value) {
        String name = context.name(attribute);
        return append(Clause.SET, attribute, name + " = if_not_exists(" + name + ", " + context.value(value) + ")");
    }

    /** Adds {@code REMOVE attribute}. */
    public UpdateExpressionBuilder remove(String attribute) {
        return append(Clause.REMOVE, attribute, context.name(attribute));
    }

    /** Adds {@code ADD attribute value}: a number is added to a counter, string-set elements are added to a set. */
    public UpdateExpressionBuilder add(String attribute, AttributeValue value) {
        String name = context.name(attribute);
        return append(Clause.ADD, attribute, name + " " + context.value(value));
    }

    /** Adds {@code DELETE attribute value}: removes the given string-set elements from a set. */
    public UpdateExpressionBuilder delete(String attribute, AttributeValue value) {
        String name = context.name(attribute);
        return append(Clause.DELETE, attribute, name + " " + context.value(value));
    }

    /** Whether no action has been added. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }

    /** Whether some action already names {@code attribute}. */
    public boolean touches(String attribute) {
        for (Action action : actions) {
            if (action.attribute().equals(attribute)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Renders the expression.
     *
     * @throws IllegalStateException when no action was added, or when an attribute is named by
     *     two actions (DynamoDB would reject the request with "Two document paths overlap")
     */
    public String build() {
        if (actions.isEmpty()) {
            throw new IllegalStateException("An update expression needs at least one action");
        }
        Map<String, Clause> seen = new LinkedHashMap<>();
        for (Action action : actions) {
            Clause previous = seen.putIfAbsent(action.attribute(), action.clause());
            if (previous != null) {
                throw new IllegalStateException("Attribute '" + action.attribute() + "' appears in " + previous
                        + " and again in " + action.clause() + " of one update expression; combine the changes"
                        + " into one action");
            }
        }
        StringBuilder expression = new StringBuilder();
        for (Clause clause : Clause.values()) {
            String separator = null;
            for (Action action : actions) {
                if (action.clause() != clause) {
                    continue;
                }
                if (separator == null) {
                    if (expression.length() > 0) {
                        expression.append(' ');
                    }
                    expression.append(clause.name()).append(' ');
                    separator = ", ";
                } else {
                    expression.append(separator);
                }
                expression.append(action.text());
            }
        }
        return expression.toString();
    }

    private UpdateExpressionBuilder append(Clause clause, String attribute, String text) {
        actions.add(new Action(clause, attribute, text));
        return this;
    }

    @Override
    public String toString() {
        return "UpdateExpressionBuilder" + actions;
    }
}
