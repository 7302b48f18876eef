package dev.dynamobao.engine.internal.query;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A sequential stream over the items of consecutive pages, fetching the next page only when the
 * items of the previous one have been consumed.
 *
 * @param <T> the item type
 */
public final class LazyPages<T> extends Spliterators.AbstractSpliterator<T> {

    /**
     * One fetched page.
     *
     * @param items the items
     * @param next where the following page starts, or {@code null} at the end
     * @param <T> the item type
     */
    public record Batch<T>(List<T> items, Map<String, AttributeValue> next) {

        /** Copies the item list. */
        public Batch {
            items = List.copyOf(items);
        }
    }

    private final Function<Map<String, AttributeValue>, Batch<T>> fetch;
    private final Deque<T> buffer = new ArrayDeque<>();
    private Map<String, AttributeValue> next;
    private boolean started;

    private LazyPages(Map<String, AttributeValue> start, Function<Map<String, AttributeValue>, Batch<T>> fetch) {
        super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
        this.next = start;
        this.fetch = fetch;
    }

    /**
     * The items of every page, starting at {@code start} ({@code null} = the beginning).
     *
     * @param fetch reads the page that starts at the given key
     */
    public static <T> Stream<T> stream(Map<String, AttributeValue> start, Function<Map<String, AttributeValue>, Batch<T>> fetch) {
        return StreamSupport.stream(new LazyPages<>(start, fetch), false);
    }

    @Override
    public boolean tryAdvance(Consumer<? super T> action) {
        while (buffer.isEmpty()) {
            if (started && next == null) {
                return false;
            }
            Batch<T> batch = fetch.apply(next);
            started = true;
            next = batch.next();
            buffer.addAll(batch.items());
        }
        action.accept(buffer.poll());
        return true;
    }
}
