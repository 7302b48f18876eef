package dev.dynamobao.engine.internal.session;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.engine.internal.operation.CapacitySink;
import java.util.Collection;

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
