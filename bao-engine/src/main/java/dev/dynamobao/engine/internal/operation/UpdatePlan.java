package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.engine.internal.model.FieldModel;
import java.util.List;
import java.util.Map;

/**
 * The writes of one entity update, the fields whose values differ from the snapshot, and the
 * engine-generated values (modification date, version) to store on the entity once they succeed.
 *
 * @param actions the update (last) and any unique-constraint parts; empty when nothing changed
 * @param changed the fields written because their values changed (generated fields excluded)
 * @param generated field values the engine generated for this write
 */
public record UpdatePlan(List<WriteAction> actions, List<FieldModel> changed, Map<FieldModel, Object> generated) {

    /** A plan that writes nothing. */
    public static final UpdatePlan NOTHING = new UpdatePlan(List.of(), List.of(), Map.of());

    /** Whether the plan sends no request. */
    public boolean isEmpty() {
        return actions.isEmpty();
    }
}
