package dev.dynamobao.metrics;

import dev.dynamobao.ConsumedCapacity;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * A thread-safe {@link RequestListener} that counts requests per operation and sums capacity.
 *
 * <pre>{@code
 * RequestCounter counter = new RequestCounter();
 * Bao.configure()...requestListener(counter).build();
 * assertEquals(2, counter.count(DynamoOperation.BATCH_GET_ITEM));
 * }</pre>
 */
public final class RequestCounter implements RequestListener {

    private final Map<DynamoOperation, AtomicLong> counts = new EnumMap<>(DynamoOperation.class);
    private final DoubleAdder readUnits = new DoubleAdder();
    private final DoubleAdder writeUnits = new DoubleAdder();

    /** Creates a counter at zero. */
    public RequestCounter() {
        for (DynamoOperation operation : DynamoOperation.values()) {
            counts.put(operation, new AtomicLong());
        }
    }

    @Override
    public void onRequest(RequestEvent event) {
        counts.get(event.operation()).incrementAndGet();
        readUnits.add(event.capacity().readUnits());
        writeUnits.add(event.capacity().writeUnits());
    }

    /** Requests of {@code operation} since creation or the last reset. */
    public long count(DynamoOperation operation) {
        return counts.get(operation).get();
    }

    /** Requests of every data operation (table management excluded). */
    public long total() {
        long total = 0;
        for (Map.Entry<DynamoOperation, AtomicLong> entry : counts.entrySet()) {
            if (entry.getKey() != DynamoOperation.TABLE_MANAGEMENT) {
                total += entry.getValue().get();
            }
        }
        return total;
    }

    /** Capacity summed over every request counted. */
    public ConsumedCapacity capacity() {
        return new ConsumedCapacity(readUnits.sum(), writeUnits.sum());
    }

    /** Sets every count and sum back to zero. */
    public void reset() {
        counts.values().forEach(count -> count.set(0));
        readUnits.reset();
        writeUnits.reset();
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("RequestCounter{");
        counts.forEach((operation, count) -> {
            if (count.get() > 0) {
                text.append(operation).append('=').append(count.get()).append(", ");
            }
        });
        return text.append("capacity=").append(capacity()).append('}').toString();
    }
}
