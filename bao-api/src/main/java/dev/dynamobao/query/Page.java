package dev.dynamobao.query;

import dev.dynamobao.ConsumedCapacity;
import java.util.List;
import java.util.Optional;

/**
 * One page of query results.
 *
 * @param items the entities of this page, in index order
 * @param nextCursor opaque, URL-safe cursor resuming right after the last item, or {@code null}
 *     when there is nothing more
 * @param consumedCapacity capacity of every request made for this page
 * @param <T> the entity type
 */
public record Page<T>(List<T> items, String nextCursor, ConsumedCapacity consumedCapacity) {

    /** Copies the item list. */
    public Page {
        items = List.copyOf(items);
    }

    /** Number of items on this page. */
    public int count() {
        return items.size();
    }

    /** Whether more items may follow ({@link #cursor()} is present). */
    public boolean hasMore() {
        return nextCursor != null;
    }

    /** The cursor to pass to {@link QueryBuilder#startAfter(String)} for the next page. */
    public Optional<String> cursor() {
        return Optional.ofNullable(nextCursor);
    }
}
