package dev.dynamobao.engine.internal.query;

import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.expression.ExpressionContext;
import dev.dynamobao.engine.internal.expression.FilterCompiler;
import dev.dynamobao.engine.internal.expression.KeyCondition;
import dev.dynamobao.engine.internal.operation.QueryOperation;
import dev.dynamobao.engine.internal.query.cursor.CursorCodec;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.InvalidCursorException;
import dev.dynamobao.query.SortCondition;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * One query, compiled: the request spec (key condition and filter rendered with placeholders
 * only) plus what is needed to check a cursor against it. Immutable.
 */
public final class QueryPlan {

    private final QueryTarget target;
    private final String partitionValue;
    private final SortRange sortRange;
    private final QueryOperation.Spec spec;

    private QueryPlan(QueryTarget target, String partitionValue, SortRange sortRange, QueryOperation.Spec spec) {
        this.target = target;
        this.partitionValue = partitionValue;
        this.sortRange = sortRange;
        this.spec = spec;
    }

    /**
     * Compiles a query.
     *
     * @param tenant the current tenant, or {@code null}
     * @param partition the partition argument (a value of the partition field, a Ref or entity for a
     *     Ref field), or {@code null} when none was given
     * @param sort the sort-key condition, or {@code null}
     * @param filters the filters, combined with AND (may be empty)
     * @throws ValidationException when the partition is missing or not needed, a sort condition is
     *     given for a model-prefix sort key, or a value does not fit its field
     * @throws dev.dynamobao.query.UnknownFieldException when a filter names an unknown field
     */
    public static QueryPlan of(QueryTarget target, String tenant, Object partition, SortCondition sort, List<Filter> filters,
                               boolean descending, QueryValues values) {
        String partitionValue = target.partitionValue(tenant, partitionKeyForm(target, partition, values));
        SortRange range = sort == null ? null : sortRange(target, sort, values);
        KeyCondition key = KeyCondition.partition(target.partitionAttribute(), AttributeValue.fromS(partitionValue));
        if (range != null) {
            key = key.sort(target.sortAttribute(), range.operator(), AttributeValue.fromS(range.value()),
                    range.upper() == null ? null : AttributeValue.fromS(range.upper()));
        }
        ExpressionContext context = new ExpressionContext();
        String keyText = key.render(context);
        String filterText = filters.isEmpty() ? null : FilterCompiler.compile(
                filters.size() == 1 ? filters.get(0) : new Filter.And(filters),
                ModelFilterSchema.of(target.model(), values), context);
        QueryOperation.Spec spec = new QueryOperation.Spec(target.physicalIndex(), keyText, filterText, context.names(),
                context.values(), descending);
        return new QueryPlan(target, partitionValue, range, spec);
    }

    private static String partitionKeyForm(QueryTarget target, Object partition, QueryValues values) {
        if (target.partitionField() == null) {
            if (partition != null) {
                throw new ValidationException("The partition key of " + target.describe() + " is the model prefix, so"
                        + " every item is in one partition; remove partition(" + partition + ")");
            }
            return null;
        }
        if (partition == null) {
            throw new ValidationException("A query on " + target.describe() + " needs the partition: call partition(...)"
                    + " with a value of field " + target.partitionField().name() + " ("
                    + target.partitionField().javaType().getSimpleName() + ")");
        }
        return values.keyForm(target.model(), target.partitionField(), partition,
                "partition value of " + target.describe() + " (field " + target.partitionField().name() + ")");
    }

    private static SortRange sortRange(QueryTarget target, SortCondition sort, QueryValues values) {
        if (target.sortField() == null) {
            throw new ValidationException("The sort key of " + target.describe() + " is the model prefix, so a sort"
                    + " condition cannot narrow it; remove sort(...) or query an index with a sort-key field");
        }
        String role = "sort-key value of " + target.describe() + " (field " + target.sortField().name() + ")";
        if (sort.operator() == SortCondition.Operator.BEGINS_WITH && sort.value() instanceof String prefix) {
            // A prefix is a partial key form: it is compared as text, never converted.
            return new SortRange(sort.operator(), prefix, null);
        }
        String value = values.keyForm(target.model(), target.sortField(), sort.value(), role);
        String upper = sort.upper() == null ? null : values.keyForm(target.model(), target.sortField(), sort.upper(), role);
        return new SortRange(sort.operator(), value, upper);
    }

    /** The query target. */
    public QueryTarget target() {
        return target;
    }

    /** The request spec. */
    public QueryOperation.Spec spec() {
        return spec;
    }

    /** The stored partition-key value this query reads. */
    public String partitionValue() {
        return partitionValue;
    }

    /**
     * Checks that a decoded cursor key can continue this query: the right key attributes, the same
     * partition, and a sort key the sort condition admits.
     *
     * @throws InvalidCursorException saying what does not fit
     */
    public void checkStartKey(Map<String, AttributeValue> startKey) {
        List<String> expected = target.keyAttributes();
        if (!new HashSet<>(expected).equals(startKey.keySet())
                || startKey.values().stream().anyMatch(value -> value.s() == null)) {
            throw new InvalidCursorException("Invalid cursor: it holds the key attributes " + new TreeSet<>(startKey.keySet())
                    + ", but a query on " + target.describe() + " continues from " + new TreeSet<>(expected) + ". "
                    + CursorCodec.HOW_TO_FIX);
        }
        if (!partitionValue.equals(startKey.get(target.partitionAttribute()).s())) {
            throw new InvalidCursorException("Invalid cursor: it belongs to another partition of " + target.describe()
                    + " than this query's (" + partitionValue + "). " + CursorCodec.HOW_TO_FIX);
        }
        if (sortRange != null && !sortRange.admits(startKey.get(target.sortAttribute()).s())) {
            throw new InvalidCursorException("Invalid cursor: its position lies outside this query's sort-key condition "
                    + sortRange.operator() + " on " + target.describe() + ". " + CursorCodec.HOW_TO_FIX);
        }
    }
}
