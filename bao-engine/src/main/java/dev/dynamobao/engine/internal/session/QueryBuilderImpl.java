package dev.dynamobao.engine.internal.session;

import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.query.QueryPlan;
import dev.dynamobao.engine.internal.query.QueryTarget;
import dev.dynamobao.engine.internal.query.QueryValues;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;
import dev.dynamobao.query.SortCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Collects the parts of one query and runs it through a {@link QueryRun}. The index name is
 * checked at once; the rest when the query runs.
 *
 * @param <T> the entity type
 */
final class QueryBuilderImpl<T> implements QueryBuilder<T> {

    private final UnitOfWork work;
    private final EngineContext engine;
    private final EntityModel model;
    private final Class<T> type;
    private final List<Filter> filters = new ArrayList<>();
    private QueryTarget target;
    private Object partition;
    private SortCondition sort;
    private Integer limit;
    private boolean descending;
    private String cursor;

    QueryBuilderImpl(UnitOfWork work, EngineContext engine, EntityModel model, Class<T> type) {
        this.work = work;
        this.engine = engine;
        this.model = model;
        this.type = type;
        this.target = QueryTarget.primaryKey(model);
    }

    @Override
    public QueryBuilder<T> index(String name) {
        target = QueryTarget.of(model, Objects.requireNonNull(name, "index name"));
        return this;
    }

    @Override
    public QueryBuilder<T> partition(Object value) {
        partition = Objects.requireNonNull(value, "partition value");
        return this;
    }

    @Override
    public QueryBuilder<T> sort(SortCondition condition) {
        sort = Objects.requireNonNull(condition, "sort condition");
        return this;
    }

    @Override
    public QueryBuilder<T> filter(Filter filter) {
        filters.add(Objects.requireNonNull(filter, "filter"));
        return this;
    }

    @Override
    public QueryBuilder<T> limit(int n) {
        if (n < 1) {
            throw new ValidationException("limit must be at least 1, was " + n);
        }
        limit = n;
        return this;
    }

    @Override
    public QueryBuilder<T> descending() {
        descending = true;
        return this;
    }

    @Override
    public QueryBuilder<T> startAfter(String cursor) {
        this.cursor = cursor;
        return this;
    }

    @Override
    public Page<T> page() {
        QueryRun<T> run = run();
        return run.page(run.startKey(cursor), limit);
    }

    @Override
    public Stream<T> stream() {
        QueryRun<T> run = run();
        return run.stream(run.startKey(cursor), limit);
    }

    @Override
    public List<T> list() {
        return stream().toList();
    }

    private QueryRun<T> run() {
        TenantModel scope = work.scope(model);
        QueryPlan plan = QueryPlan.of(target, scope.tenant(), partition, sort, filters, descending, new QueryValues(engine.models()));
        return new QueryRun<>(work, engine, type, plan, scope);
    }
}
