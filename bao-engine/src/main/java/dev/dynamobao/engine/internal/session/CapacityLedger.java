package dev.dynamobao.engine.internal.session;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.engine.internal.operation.CapacitySink;

/** Sums the capacity of every request of one unit of work. */
final class CapacityLedger implements CapacitySink {

    private ConsumedCapacity total = ConsumedCapacity.ZERO;

    @Override
    public void add(ConsumedCapacity capacity) {
        total = total.plus(capacity);
    }

    ConsumedCapacity total() {
        return total;
    }
}
