package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.operation.WriteAction;
import java.util.List;

/**
 * The prepared writes of one entity operation and what to do to the unit of work once they
 * succeeded (register, re-snapshot, evict).
 *
 * @param actions the conditional writes
 * @param state the entity's state, for capacity attribution (null when it has none yet)
 * @param afterSuccess updates the unit of work after DynamoDB accepted the writes
 */
record PendingWrite(List<WriteAction> actions, EntityState state, Runnable afterSuccess) {

    static final PendingWrite NOTHING = new PendingWrite(List.of(), null, () -> { });

    boolean isEmpty() {
        return actions.isEmpty();
    }
}
