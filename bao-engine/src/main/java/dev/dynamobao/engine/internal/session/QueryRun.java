package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.operation.CapacitySink;
import dev.dynamobao.engine.internal.operation.QueryOperation;
import dev.dynamobao.engine.internal.query.LazyPages;
import dev.dynamobao.engine.internal.query.MatchReader;
import dev.dynamobao.engine.internal.query.QueryPlan;
import dev.dynamobao.engine.internal.query.cursor.CursorScope;
import dev.dynamobao.query.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Runs a compiled query for one unit of work: decodes and checks the cursor, reads matching
 * items, materialises them through the identity map, records the capacity and encodes the next
 * cursor.
 *
 * @param <T> the entity type
 */
final class QueryRun<T> {

    private final UnitOfWork work;
    private final EngineContext engine;
    private final Class<T> type;
    private final QueryPlan plan;
    private final CursorScope scope;
    private final TenantModel model;

    /** A run of {@code plan}, whose model is {@code model}'s, under {@code model}'s tenant. */
    QueryRun(UnitOfWork work, EngineContext engine, Class<T> type, QueryPlan plan, TenantModel model) {
        this.work = work;
        this.engine = engine;
        this.type = type;
        this.plan = plan;
        this.model = model;
        this.scope = new CursorScope(model.model().name(), plan.target().logicalIndex(), model.tenant());
    }

    /** The start key of a cursor ({@code null} for none), checked against this query. */
    Map<String, AttributeValue> startKey(String cursor) {
        if (cursor == null) {
            return null;
        }
        Map<String, AttributeValue> key = engine.cursors().decode(scope, cursor);
        plan.checkStartKey(key);
        return key;
    }

    /** One page of up to {@code limit} matching items (one response when {@code limit} is null). */
    Page<T> page(Map<String, AttributeValue> start, Integer limit) {
        CapacityLedger.Spending spending = work.ledger().spending();
        MatchReader.Chunk chunk = reader(spending).read(start, limit);
        List<T> items = materialize(chunk.items(), spending);
        String next = chunk.nextStartKey() == null ? null : engine.cursors().encode(scope, chunk.nextStartKey());
        return new Page<>(items, next, spending.total());
    }

    /** Every matching item from {@code start} on, a page of {@code limit} at a time, read as consumed. */
    Stream<T> stream(Map<String, AttributeValue> start, Integer limit) {
        return LazyPages.stream(start, key -> {
            CapacityLedger.Spending spending = work.ledger().spending();
            MatchReader.Chunk chunk = reader(spending).read(key, limit);
            return new LazyPages.Batch<>(materialize(chunk.items(), spending), chunk.nextStartKey());
        });
    }

    private MatchReader reader(CapacitySink sink) {
        QueryOperation operation = new QueryOperation(engine.executor());
        String context = "query on " + plan.target().describe() + " (partition '" + plan.partitionValue() + "')";
        return new MatchReader((key, limit) -> operation.query(plan.spec(), key, limit, context, sink),
                plan.target().keyAttributes());
    }

    private List<T> materialize(List<Map<String, AttributeValue>> items, CapacityLedger.Spending spending) {
        List<T> entities = new ArrayList<>(items.size());
        List<EntityState> states = new ArrayList<>();
        for (Map<String, AttributeValue> item : items) {
            Object entity = work.loader().materialize(model, item);
            entities.add(type.cast(entity));
            EntityState state = work.context().state(entity);
            if (state != null) {
                states.add(state);
            }
        }
        spending.shareAmong(states);
        return entities;
    }
}
