package dev.dynamobao.engine.internal.expression;

import dev.dynamobao.query.SortCondition;
import java.util.Objects;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * An immutable {@code KeyConditionExpression}: equality on the partition-key attribute and an
 * optional condition on the sort-key attribute, with values already in key form. Renders e.g.
 * {@code #a = :a AND begins_with(#b, :b)} or {@code #a = :a AND #b BETWEEN :b AND :c}.
 */
public final class KeyCondition {
    private final String partitionAttribute;
    private final AttributeValue partitionValue;
    private final String sortAttribute;
    private final SortCondition.Operator operator;
    private final AttributeValue sortValue;
    private final AttributeValue upper;

    private KeyCondition(String partitionAttribute, AttributeValue partitionValue, String sortAttribute,
            SortCondition.Operator operator, AttributeValue sortValue, AttributeValue upper) {
        this.partitionAttribute = partitionAttribute;
        this.partitionValue = partitionValue;
        this.sortAttribute = sortAttribute;
        this.operator = operator;
        this.sortValue = sortValue;
        this.upper = upper;
    }

    /** A key condition selecting the partition where {@code attribute = value}. */
    public static KeyCondition partition(String attribute, AttributeValue value) {
        return new KeyCondition(Objects.requireNonNull(attribute, "attribute"), Objects.requireNonNull(value, "value"),
                null, null, null, null);
    }

    /**
     * Returns a copy of this key condition that also constrains the sort-key attribute.
     *
     * @param upperOrNull the upper bound for {@link SortCondition.Operator#BETWEEN}; {@code null} for every other operator
     * @throws IllegalArgumentException when the upper bound is missing for BETWEEN or given for another operator
     */
    public KeyCondition sort(String attribute, SortCondition.Operator operator, AttributeValue value,
            AttributeValue upperOrNull) {
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(operator, "operator");
        Objects.requireNonNull(value, "value");
        if ((operator == SortCondition.Operator.BETWEEN) != (upperOrNull != null)) {
            throw new IllegalArgumentException("Sort condition on '" + attribute + "': "
                    + (upperOrNull == null ? "BETWEEN needs an upper bound" : operator + " takes no upper bound"));
        }
        return new KeyCondition(partitionAttribute, partitionValue, attribute, operator, value, upperOrNull);
    }

    /** Whether a sort-key condition is present. */
    public boolean hasSortCondition() {
        return sortAttribute != null;
    }

    /** Renders the key condition, allocating its placeholders in {@code context}. */
    public String render(ExpressionContext context) {
        String partition = context.name(partitionAttribute) + " = " + context.value(partitionValue);
        if (sortAttribute == null) {
            return partition;
        }
        String name = context.name(sortAttribute);
        String sort = switch (operator) {
            case EQ -> name + " = " + context.value(sortValue);
            case LT -> name + " < " + context.value(sortValue);
            case LTE -> name + " <= " + context.value(sortValue);
            case GT -> name + " > " + context.value(sortValue);
            case GTE -> name + " >= " + context.value(sortValue);
            case BETWEEN -> {
                String low = context.value(sortValue);
                yield name + " BETWEEN " + low + " AND " + context.value(upper);
            }
            case BEGINS_WITH -> "begins_with(" + name + ", " + context.value(sortValue) + ")";
        };
        return partition + " AND " + sort;
    }

    @Override
    public String toString() {
        return "KeyCondition[" + partitionAttribute + " = " + partitionValue
                + (sortAttribute == null ? "" : ", " + sortAttribute + " " + operator + " " + sortValue
                        + (upper == null ? "" : " AND " + upper))
                + "]";
    }
}
