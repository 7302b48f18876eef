package dev.dynamobao.query;

import dev.dynamobao.ConsumedCapacity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One page of query results: its items, the cursor of the next page when there may be more,
 * and the capacity the page cost.
 *
 * <pre>{@code
 * Page<Post> page = em.query(Post.class).index("postsForUser").partition(user).limit(20).page();
 * page.cursor().ifPresent(cursor -> response.setNext(cursor));   // absent on the last page
 * }</pre>
 *
 * @param <T> the entity type
 */
public final class Page<T> {

    private final List<T> items;
    private final String cursor;
    private final ConsumedCapacity consumedCapacity;

    /**
     * Creates a page (engines build pages; applications read them).
     *
     * @param items the entities of this page, in index order (copied)
     * @param cursor opaque, URL-safe cursor resuming right after the last item, or {@code null}
     *     when there is nothing more
     * @param consumedCapacity capacity of every request made for this page
     */
    public Page(List<T> items, String cursor, ConsumedCapacity consumedCapacity) {
        this.items = List.copyOf(items);
        this.cursor = cursor;
        this.consumedCapacity = Objects.requireNonNull(consumedCapacity, "consumedCapacity");
    }

    /** The entities of this page, in index order. */
    public List<T> items() {
        return items;
    }

    /** Number of items on this page. */
    public int count() {
        return items.size();
    }

    /** Whether more items may follow ({@link #cursor()} is present). */
    public boolean hasMore() {
        return cursor != null;
    }

    /**
     * The cursor to pass to {@link QueryBuilder#startAfter(String)} for the next page; empty on
     * the last page.
     */
    public Optional<String> cursor() {
        return Optional.ofNullable(cursor);
    }

    /**
     * The cursor of the next page, or {@code null}.
     *
     * @deprecated one accessor per value: use {@link #cursor()} ({@code Optional}); removed before 1.0
     */
    @Deprecated(forRemoval = true)
    public String nextCursor() {
        return cursor;
    }

    /** Capacity of every request made for this page. */
    public ConsumedCapacity consumedCapacity() {
        return consumedCapacity;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Page<?> page && items.equals(page.items) && Objects.equals(cursor, page.cursor)
                && consumedCapacity.equals(page.consumedCapacity);
    }

    @Override
    public int hashCode() {
        return Objects.hash(items, cursor, consumedCapacity);
    }

    @Override
    public String toString() {
        return "Page{count=" + items.size() + ", cursor=" + cursor + ", consumedCapacity=" + consumedCapacity + "}";
    }
}
