package dev.dynamobao.metamodel;

import dev.dynamobao.query.Page;
import dev.dynamobao.query.QueryBuilder;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * A query on one {@link QueryIndex}, typed by its partition and sort key: the typed face of
 * {@link QueryBuilder}, to which every call is delegated (same requests, same results). Obtain it
 * with {@code em.query(Post_.postsForUser)} or {@code em.queryRelated(user, Post_.postsForUser)}.
 * Not thread-safe; each query runs once, as with {@link QueryBuilder}.
 *
 * @param <T> the entity type
 * @param <P> the partition-key type
 * @param <S> the sort-key type
 */
public final class IndexQuery<T, P, S> {

    private final QueryBuilder<T> builder;

    /**
     * Wraps a builder already pointed at the index; used by the typed overloads of
     * {@code BaoOperations}.
     */
    public IndexQuery(QueryBuilder<T> builder) {
        this.builder = Objects.requireNonNull(builder, "builder");
    }

    /** The partition to read: the value of the partition-key field (for a {@code Ref} key, the parent entity). */
    public IndexQuery<T, P, S> partition(P value) {
        builder.partition(value);
        return this;
    }

    /** A condition on the sort key. */
    public IndexQuery<T, P, S> sort(KeyCondition<S> condition) {
        builder.sort(condition.toSortCondition());
        return this;
    }

    /** A filter applied to the items read (combined with AND when called again). */
    public IndexQuery<T, P, S> filter(ModelFilter<T> filter) {
        builder.filter(filter.toFilter());
        return this;
    }

    /** Returns at most {@code n} matching items per page (see {@link QueryBuilder#limit(int)}). */
    public IndexQuery<T, P, S> limit(int n) {
        builder.limit(n);
        return this;
    }

    /** Sorts by the sort key, highest first. */
    public IndexQuery<T, P, S> descending() {
        builder.descending();
        return this;
    }

    /** Resumes after the last item of a previous page of the same query (see {@link QueryBuilder#startAfter(String)}). */
    public IndexQuery<T, P, S> startAfter(String cursor) {
        builder.startAfter(cursor);
        return this;
    }

    /** Runs the query and returns one page (see {@link QueryBuilder#page()}). */
    public Page<T> page() {
        return builder.page();
    }

    /** A lazy stream over every matching item, reading pages as it is consumed. */
    public Stream<T> stream() {
        return builder.stream();
    }

    /** Every matching item (reads all pages). */
    public List<T> list() {
        return builder.list();
    }

    /** The dynamic builder underneath, for calls the typed form does not offer. */
    public QueryBuilder<T> dynamic() {
        return builder;
    }
}
