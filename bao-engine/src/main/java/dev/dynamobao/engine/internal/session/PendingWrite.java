package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.operation.CapacityBuffer;
import dev.dynamobao.engine.internal.operation.WriteAction;
import java.util.List;

/**
 * The prepared writes of one entity operation and what to do to the unit of work once they
 * succeeded (register, re-snapshot, evict).
 *
 * @param actions the conditional writes
 * @param state the entity's state, for capacity attribution (null when it has none yet)
 * @param afterSuccess updates the unit of work after DynamoDB accepted the writes
 * @param checks collects the capacity of reads the writes may need on failure (an update's
 *     existence check), which may run on a request thread; the caller hands it to the ledger
 *     ({@code null} when the writes need none)
 */
record PendingWrite(List<WriteAction> actions, EntityState state, Runnable afterSuccess, CapacityBuffer checks) {

    static final PendingWrite NOTHING = new PendingWrite(List.of(), null, () -> { });

    /** A write that needs no reads on failure. */
    PendingWrite(List<WriteAction> actions, EntityState state, Runnable afterSuccess) {
        this(actions, state, afterSuccess, null);
    }

    boolean isEmpty() {
        return actions.isEmpty();
    }
}
