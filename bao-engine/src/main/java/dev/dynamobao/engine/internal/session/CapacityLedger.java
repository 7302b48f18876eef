package dev.dynamobao.engine.internal.session;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.engine.internal.operation.CapacitySink;
import java.util.Collection;

/** Sums the capacity, and counts the requests, of every request of one unit of work. */
final class CapacityLedger implements CapacitySink {

    private ConsumedCapacity total = ConsumedCapacity.ZERO;
    private long requests;

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

    ConsumedCapacity total() {
        return total;
    }

    /** How many requests were recorded. */
    long requests() {
        return requests;
    }

    /** A sink for the requests of one operation: records them here and sums them apart. */
    Spending spending() {
        return new Spending();
    }

    /** The capacity of one operation's requests, to report or to share among the entities they served. */
    final class Spending implements CapacitySink {

        private ConsumedCapacity spent = ConsumedCapacity.ZERO;

        @Override
        public void add(ConsumedCapacity capacity) {
            CapacityLedger.this.add(capacity);
            spent = spent.plus(capacity);
        }

        @Override
        public void addRequests(ConsumedCapacity capacity, int count) {
            CapacityLedger.this.addRequests(capacity, count);
            spent = spent.plus(capacity);
        }

        ConsumedCapacity total() {
            return spent;
        }

        /** Splits what was spent evenly over {@code states} (nothing when there are none). */
        void shareAmong(Collection<EntityState> states) {
            if (states.isEmpty()) {
                return;
            }
            ConsumedCapacity share = new ConsumedCapacity(spent.readUnits() / states.size(), spent.writeUnits() / states.size());
            states.forEach(state -> state.addCapacity(share));
        }
    }
}
