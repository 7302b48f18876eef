package dev.dynamobao.engine.internal.session;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;

/**
 * What the unit of work knows of one managed entity: its identity, its key, the field values as
 * last read or written (for diffs, counter deltas, set changes, unique swaps and the version
 * condition), and the capacity spent on it.
 */
final class EntityState {

    private final EntityModel model;
    private final EntityKey identity;
    private final ItemKey key;
    private final String keyTenant;
    private Object[] loaded;
    private ConsumedCapacity capacity = ConsumedCapacity.ZERO;

    /**
     * The state of {@code entity} of {@code scope}'s model and tenant, taking its current values
     * as the stored ones.
     *
     * @param key its table key (as stored, or {@code scope.itemKey(primaryId)})
     */
    EntityState(TenantModel scope, String primaryId, ItemKey key, Object entity) {
        this.model = scope.model();
        this.identity = scope.identity(primaryId);
        this.key = key;
        this.keyTenant = scope.keyTenant();
        snapshot(entity);
    }

    EntityModel model() {
        return model;
    }

    EntityKey identity() {
        return identity;
    }

    String primaryId() {
        return identity.primaryId();
    }

    ItemKey key() {
        return key;
    }

    /** The tenant used in this entity's keys (null for shape C models and single-tenant factories). */
    String keyTenant() {
        return keyTenant;
    }

    Object[] loaded() {
        return loaded;
    }

    /** Records the entity's current values as the stored ones. */
    void snapshot(Object entity) {
        Object[] values = new Object[model.fields().size()];
        for (FieldModel field : model.fields()) {
            values[field.index()] = field.converter().snapshot(field.get(entity));
        }
        this.loaded = values;
    }

    ConsumedCapacity capacity() {
        return capacity;
    }

    void addCapacity(ConsumedCapacity spent) {
        capacity = capacity.plus(spent);
    }
}
