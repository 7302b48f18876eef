package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.ConsumedCapacity;

/**
 * Collects the capacity and the number of the requests one task sends on a request thread, so
 * that the unit of work's ledger is only changed on the caller's thread afterwards
 * ({@link #drainTo}). Used by one thread at a time: the task's, then the caller's after the task
 * ended.
 */
public final class CapacityBuffer implements CapacitySink {

    private ConsumedCapacity total = ConsumedCapacity.ZERO;
    private int requests;

    @Override
    public void add(ConsumedCapacity capacity) {
        total = total.plus(capacity);
        requests++;
    }

    @Override
    public void addRequests(ConsumedCapacity capacity, int count) {
        total = total.plus(capacity);
        requests += count;
    }

    /** The capacity collected so far. */
    public ConsumedCapacity total() {
        return total;
    }

    /** Hands what was collected to {@code sink} (when any request was) and starts empty again. */
    public void drainTo(CapacitySink sink) {
        if (requests > 0) {
            sink.addRequests(total, requests);
            total = ConsumedCapacity.ZERO;
            requests = 0;
        }
    }
}
