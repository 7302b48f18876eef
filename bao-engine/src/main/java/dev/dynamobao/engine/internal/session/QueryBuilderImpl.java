package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.query.Filter;
import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;
import dev.dynamobao.query.SortCondition;
import java.util.List;
import java.util.stream.Stream;

/** Placeholder of the query builder (issue #7 is implementing it). */
final class QueryBuilderImpl<T> implements QueryBuilder<T> {

    QueryBuilderImpl(EntityManagerImpl entityManager, EngineContext engine, EntityModel model, Class<T> type) {
    }

    @Override
    public QueryBuilder<T> index(String name) {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }

    @Override
    public QueryBuilder<T> partition(Object value) {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }

    @Override
    public QueryBuilder<T> sort(SortCondition condition) {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }

    @Override
    public QueryBuilder<T> filter(Filter filter) {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }

    @Override
    public QueryBuilder<T> limit(int n) {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }

    @Override
    public QueryBuilder<T> descending() {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }

    @Override
    public QueryBuilder<T> startAfter(String cursor) {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }

    @Override
    public Page<T> page() {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }

    @Override
    public Stream<T> stream() {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }

    @Override
    public List<T> list() {
        throw new UnsupportedOperationException("queries are not implemented yet");
    }
}
