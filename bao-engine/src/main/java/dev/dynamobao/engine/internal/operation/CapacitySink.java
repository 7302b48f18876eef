package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.ConsumedCapacity;

/** Receives the capacity of each request an operation sends. */
@FunctionalInterface
public interface CapacitySink {

    /** A sink that drops everything. */
    CapacitySink NONE = capacity -> { };

    /** Records one request and its capacity (failed requests too, with {@link ConsumedCapacity#ZERO}). */
    void add(ConsumedCapacity capacity);

    /**
     * Records {@code requests} requests whose capacity sums to {@code capacity} (what a
     * {@link CapacityBuffer} collected on a request thread); sinks that do not count requests
     * record the capacity once.
     */
    default void addRequests(ConsumedCapacity capacity, int requests) {
        add(capacity);
    }
}
