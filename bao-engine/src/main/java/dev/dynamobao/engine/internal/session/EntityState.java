package dev.dynamobao.engine.internal.session;

import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.spi.TrackedEntity;
import dev.dynamobao.spi.TrackedEntityState;
import java.util.Set;

/**
 * What the unit of work knows of one managed entity: its identity, its key, the field values as
 * last read or written (for diffs, counter deltas, set changes, unique swaps and the version
 * condition), and the capacity spent on it. While managed it is also the entity's
 * {@link TrackedEntityState}: an enhanced entity's first field write and a {@link TrackedStringSet}'s first
 * change put the entity on its unit of work's list of entities that may have changed.
 */
final class EntityState implements TrackedEntityState {

    private final EntityModel model;
    private final EntityKey identity;
    private final ItemKey key;
    private final String keyTenant;
    private Object[] loaded;
    private ConsumedCapacity capacity = ConsumedCapacity.ZERO;
    private ChangeLists lists;

    /**
     * A state of {@code entity} of {@code scope}'s model and tenant whose snapshot copies the
     * entity's current values (persist, adopt, bulk write).
     *
     * @param key its table key (as stored, or {@code scope.itemKey(primaryId)})
     */
    EntityState(TenantModel scope, String primaryId, ItemKey key, Object entity) {
        this(scope, primaryId, key, entity, false);
    }

    private EntityState(TenantModel scope, String primaryId, ItemKey key, Object entity, boolean read) {
        this.model = scope.model();
        this.identity = scope.identity(primaryId);
        this.key = key;
        this.keyTenant = scope.keyTenant();
        snapshot(entity, read);
    }

    /**
     * The state of an entity just filled from a stored item: its string sets, which nothing else holds,
     * are tracked as they are and shared with the snapshot (no copy) until their first change.
     */
    static EntityState ofRead(TenantModel scope, String primaryId, ItemKey key, Object entity) {
        return new EntityState(scope, primaryId, key, entity, true);
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

    private void snapshot(Object entity, boolean read) {
        Object[] values = new Object[model.fields().size()];
        boolean adopt = read && !model.trackedSets().isEmpty() && entity instanceof TrackedEntity;
        for (FieldModel field : model.fields()) {
            if (!adopt || field.type() != FieldType.STRING_SET) {
                values[field.index()] = field.converter().snapshot(field.get(entity));
            }
        }
        if (adopt) {
            TrackedEntity tracked = (TrackedEntity) entity;
            for (FieldModel field : model.trackedSets()) {
                if (field.get(entity) instanceof Set<?> set) {
                    TrackedStringSet elements = TrackedStringSet.adopting(tracked, field.index(), set);
                    field.set(entity, elements);
                    values[field.index()] = elements.elements();
                }
            }
        }
        this.loaded = values;
    }

    /** Records the current value of {@code field} as the stored one (after a successful write of it). */
    void snapshotField(FieldModel field, Object entity) {
        if (model.trackedSets().contains(field) && entity instanceof TrackedEntity tracked) {
            TrackedStringSet elements = trackedSet(field, tracked);
            loaded[field.index()] = elements == null ? null : elements.elements();
        } else {
            Object value = field.get(entity);
            loaded[field.index()] = field.converter().snapshot(value);
            if (value != null && lists != null && model.reportsReads() && model.comparedAtFlush(field.index())) {
                lists.handedOut().put(entity, this);
            }
        }
    }

    /**
     * Called once the entity is managed: puts a {@link TrackedStringSet} in each of its string-set
     * fields (copying a set the application assigned) and shares its elements with the snapshot when they
     * are the stored ones; otherwise lists the entity as changed.
     */
    void track(TrackedEntity entity) {
        for (FieldModel field : model.trackedSets()) {
            Object before = loaded[field.index()];
            TrackedStringSet elements = trackedSet(field, entity);
            if (elements == null || before == elements.elements()) {
                continue;
            }
            if (field.converter().same(before, elements)) {
                loaded[field.index()] = elements.elements();
            } else if (lists != null) {
                lists.changed().put(entity, this);
            }
        }
    }

    /** The tracked set of {@code field}, wrapping (a copy of) the value found there first; null when the field is null. */
    private static TrackedStringSet trackedSet(FieldModel field, TrackedEntity entity) {
        Object value = field.get(entity);
        if (value == null) {
            return null;
        }
        if (value instanceof TrackedStringSet elements && elements.belongsTo(entity, field.index())) {
            return elements;
        }
        TrackedStringSet elements = TrackedStringSet.copying(entity, field.index(), (Set<?>) value);
        field.set(entity, elements);
        return elements;
    }

    /** The elements of tracked set {@code fieldIndex} are about to change: keep a copy for the diff, and list the entity. */
    void setChanging(int fieldIndex, Set<String> elements, Object entity) {
        if (loaded[fieldIndex] == elements) {
            loaded[fieldIndex] = Set.copyOf(elements);
        }
        if (lists != null) {
            lists.changed().put(entity, this);
        }
    }

    @Override
    public void written(TrackedEntity entity) {
        if (lists != null) {
            lists.changed().put(entity, this);
        }
    }

    @Override
    public void read(TrackedEntity entity, int trackedIndex) {
        if (lists != null) {
            int fieldIndex = model.fieldIndexOfTracked(trackedIndex);
            if (fieldIndex >= 0 && model.comparedAtFlush(fieldIndex)) {
                lists.handedOut().put(entity, this);
            }
        }
    }

    /**
     * The application gave the entity its {@link EntityModel#comparedAtFlush()} values (persist, adopt, bulk
     * write, or an assignment just written) and may still hold them: list it as handing them out.
     */
    void valuesHandedIn(Object entity) {
        if (lists == null || !model.reportsReads()) {
            return;
        }
        for (FieldModel field : model.comparedAtFlush()) {
            if (field.get(entity) != null) {
                lists.handedOut().put(entity, this);
                return;
            }
        }
    }

    /** Joins a unit of work: changes are listed in {@code lists} from now on. */
    void attach(ChangeLists changeLists) {
        this.lists = changeLists;
    }

    /** Leaves the unit of work (evicted, cleared, closed): changes are no longer listed anywhere. */
    void detach() {
        this.lists = null;
    }

    /** The entity was found unchanged or written: it leaves the list of changed entities. */
    void clean(Object entity) {
        if (lists != null) {
            lists.changed().remove(entity);
        }
    }

    ConsumedCapacity capacity() {
        return capacity;
    }

    void addCapacity(ConsumedCapacity spent) {
        capacity = capacity.plus(spent);
    }
}
