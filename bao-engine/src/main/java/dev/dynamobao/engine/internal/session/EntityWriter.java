package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoException;
import dev.dynamobao.EntityExistsException;
import dev.dynamobao.Ref;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.lifecycle.CreationDefaults;
import dev.dynamobao.engine.internal.lifecycle.EntityValidator;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import dev.dynamobao.engine.internal.operation.CapacityBuffer;
import dev.dynamobao.engine.internal.operation.ConstraintActions;
import dev.dynamobao.engine.internal.operation.CreateOperation;
import dev.dynamobao.engine.internal.operation.DeleteOperation;
import dev.dynamobao.engine.internal.operation.ItemExistence;
import dev.dynamobao.engine.internal.operation.UpdateOperation;
import dev.dynamobao.engine.internal.operation.UpdatePlan;
import dev.dynamobao.engine.internal.operation.WriteTarget;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Prepares the creates, updates and deletes of one unit of work as {@link PendingWrite}s. */
final class EntityWriter {

    private final UnitOfWork work;
    private final EngineContext engine;

    EntityWriter(UnitOfWork work, EngineContext engine) {
        this.work = work;
        this.engine = engine;
    }

    PendingWrite prepareCreate(Object entity) {
        EntityModel model = engine.models().model(entity.getClass());
        if (work.context().state(entity) != null) {
            throw new EntityExistsException(model.name() + " '" + work.context().state(entity).primaryId()
                    + "' is already managed; persist creates new entities, use save/flush to write changes");
        }
        TenantModel scope = work.scope(model);
        CreationDefaults.apply(model, entity, Instant.now(engine.clock()));
        EntityValidator.validate(model, entity, model.fields());
        String primaryId = KeyCodec.primaryId(model, entity);
        WriteTarget target = scope.target(engine.table(), primaryId);
        if (work.context().get(scope.identity(primaryId)) != null) {
            throw new EntityExistsException(model.name() + " '" + primaryId + "' already exists in this unit of work;"
                    + " persist only creates new entities");
        }
        EntityState state = new EntityState(scope, primaryId, target.key(), entity);
        return new PendingWrite(CreateOperation.actions(target, entity), state, () -> {
            work.context().manage(entity, state);
            work.references().bindFields(state, entity);
            ChangeDetector.clear(entity);
        });
    }

    PendingWrite prepareUpdate(Object entity, EntityState state) {
        EntityModel model = state.model();
        boolean[] candidates = ChangeDetector.candidates(model, entity);
        if (candidates == null) {
            return PendingWrite.NOTHING;
        }
        // The existence check runs when the update's condition fails, maybe on a request thread:
        // its capacity is collected apart and handed to the ledger by the caller.
        CapacityBuffer checks = new CapacityBuffer();
        UpdatePlan plan = UpdateOperation.plan(target(state), entity, candidates, state.loaded(), Instant.now(engine.clock()),
                () -> ItemExistence.exists(engine.executor(), state.key(),
                        "check whether " + model.name() + " '" + state.primaryId() + "' still exists", checks));
        if (plan.isEmpty()) {
            ChangeDetector.clear(entity);
            return PendingWrite.NOTHING;
        }
        // Only the changed fields: unchanged ones were valid when loaded, and checking just these
        // keeps enhanced and snapshot-compared classes alike.
        EntityValidator.validate(model, entity, plan.changed());
        return new PendingWrite(plan.actions(), state, () -> {
            // Only written fields can differ from the snapshot, so only they are copied again
            // (re-snapshotting every field of a wide entity would dominate a one-field update).
            Object[] snapshot = state.loaded();
            plan.generated().forEach((field, value) -> {
                field.set(entity, value);
                snapshot[field.index()] = field.converter().snapshot(value);
            });
            for (FieldModel field : plan.changed()) {
                state.snapshotField(field, entity);
            }
            work.references().bindFields(state, entity);
            ChangeDetector.clear(entity);
        }, checks);
    }

    PendingWrite prepareDelete(Object entity, EntityState state) {
        EntityModel model = state.model();
        Object[] loaded = state.loaded();
        Map<UniqueModel, String> held = new LinkedHashMap<>();
        for (UniqueModel unique : model.uniques()) {
            Object value = loaded[unique.field().index()];
            held.put(unique, value == null ? null : ConstraintActions.valueText(unique, value));
        }
        String loadedVersion = model.version() == null ? null : (String) loaded[model.version().index()];
        return new PendingWrite(DeleteOperation.actions(target(state), loadedVersion, held), state,
                () -> work.context().evict(entity));
    }

    /** A state for an entity this unit of work does not manage, taking its current values as stored. */
    EntityState adopt(Object entity) {
        EntityModel model = engine.models().model(entity.getClass());
        TenantModel scope = work.scope(model);
        String primaryId = KeyCodec.primaryId(model, entity);
        return new EntityState(scope, primaryId, scope.itemKey(primaryId), entity);
    }

    /** Where the writes of a managed entity go. */
    private WriteTarget target(EntityState state) {
        return new WriteTarget(engine.table(), state.model(), state.keyTenant(), state.key(), state.primaryId());
    }

    static void requireNotRef(Object entity) {
        if (entity instanceof Ref<?>) {
            throw new BaoException("Pass the entity itself, not a Ref; use ref.get() to load it");
        }
    }
}
