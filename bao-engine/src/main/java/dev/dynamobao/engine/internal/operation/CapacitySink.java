package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.ConsumedCapacity;

/** Receives the capacity of each request an operation sends. */
@FunctionalInterface
public interface CapacitySink {

    /** A sink that drops everything. */
    CapacitySink NONE = capacity -> { };

    /** Records the capacity of one request. */
    void add(ConsumedCapacity capacity);
}
