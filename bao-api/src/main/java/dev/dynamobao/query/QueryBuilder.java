package dev.dynamobao.query;

import java.util.List;
import java.util.stream.Stream;

/**
 * Builds and runs a DynamoDB {@code Query} on the primary key or on a logical index of one model.
 * Obtain it with {@code em.query(Post.class)}. Results join the entity manager's unit of work
 * (identity map, batched lazy references). Not thread-safe; each builder runs one query.
 *
 * <p><b>Limit with filters.</b> DynamoDB applies {@code Limit} before the filter. Here
 * {@link #limit(int)} means "up to n <em>matching</em> items": the engine reads further pages
 * until it has n matches or the partition is exhausted, and the cursor resumes exactly after the
 * last item returned. A selective filter can therefore read (and pay for) many more items than it
 * returns; the page's consumed capacity shows the cost. Each request asks DynamoDB to evaluate
 * {@code n} items, so a page costs at most one request's worth of items more than it needed.
 * Without a limit, a page is one DynamoDB response (up to 1 MB read), skipping responses whose
 * items were all filtered out. A page that ends exactly at the end of the partition may still
 * carry a cursor; the page after it is then empty and has none.
 *
 * <p><b>Cursors</b> are opaque, URL-safe and signed. They are checked when the query runs: a
 * cursor of another model, index, tenant, partition or sort range, or one that was altered, raises
 * {@link InvalidCursorException}.
 *
 * @param <T> the entity type
 */
public interface QueryBuilder<T> {

    /** Queries the logical index {@code name} (declared with {@code @Index}) instead of the primary key. */
    QueryBuilder<T> index(String name);

    /** The partition to read: the value of the index's (or primary key's) partition field. Required unless the partition key is the model prefix. */
    QueryBuilder<T> partition(Object value);

    /** A condition on the sort key of the index (or primary key). */
    QueryBuilder<T> sort(SortCondition condition);

    /** A filter applied to the items read (combined with AND when called again). */
    QueryBuilder<T> filter(Filter filter);

    /**
     * Returns at most {@code n} matching items per page (see the class comment); {@link #stream()}
     * and {@link #list()} read pages of this size.
     */
    QueryBuilder<T> limit(int n);

    /** Sorts by the sort key, highest first. */
    QueryBuilder<T> descending();

    /**
     * Resumes after the last item of a previous page of the same query.
     *
     * @throws InvalidCursorException when the cursor is malformed, tampered with, or from another
     *     model, index or tenant
     */
    QueryBuilder<T> startAfter(String cursor);

    /**
     * Runs the query and returns one page. Sends one or more {@code Query} requests.
     *
     * @throws InvalidCursorException when the cursor given to {@link #startAfter(String)} does not fit this query
     * @throws UnknownFieldException when a filter names a field the model does not have
     * @throws dev.dynamobao.ValidationException when the partition is missing, or a value does not fit its field
     */
    Page<T> page();

    /** A lazy stream over every matching item, reading pages as it is consumed. */
    Stream<T> stream();

    /** Every matching item (reads all pages). */
    List<T> list();
}
