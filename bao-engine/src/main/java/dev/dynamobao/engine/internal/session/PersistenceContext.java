package dev.dynamobao.engine.internal.session;

import dev.dynamobao.spi.TrackedEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The identity map of one unit of work: one instance per (tenant, model, primary id), and its state.
 *
 * <p>It also knows which managed entities may have changed, so a flush costs what changed rather than
 * what is managed. Entities of models that {@linkplain dev.dynamobao.engine.internal.model.EntityModel#reportsWrites()
 * report their writes} list themselves in the {@link ChangeLists} (a field write, a string-set change, a
 * byte array or mutable user value handed out); the others (plain classes, classes enhanced by an older
 * enhancer) are kept apart in {@code compared} and looked at by every flush.
 */
final class PersistenceContext {

    private final Map<EntityKey, Object> entities = new HashMap<>();
    private final Map<Object, EntityState> reporting = new IdentityHashMap<>();
    private final Map<Object, EntityState> compared = new IdentityHashMap<>();
    private final ChangeLists lists = new ChangeLists();

    Object get(EntityKey key) {
        return entities.get(key);
    }

    EntityState state(Object entity) {
        EntityState state = reporting.get(entity);
        return state != null ? state : compared.get(entity);
    }

    /** Manages an entity whose values the application gave (persist, adopt, bulk write): it may still hold them. */
    void manage(Object entity, EntityState state) {
        register(entity, state);
        state.valuesHandedIn(entity);
    }

    /** Manages an entity just read from an item: nothing outside it holds its values yet. */
    void manageRead(Object entity, EntityState state) {
        register(entity, state);
    }

    private void register(Object entity, EntityState state) {
        entities.put(state.identity(), entity);
        (state.model().comparedAtEveryFlush() ? compared : reporting).put(entity, state);
        if (entity instanceof TrackedEntity tracked) {
            tracked.$bao$state(state);
            if (state.model().reportsWrites()) {
                state.attach(lists);
                state.track(tracked);
                if (anyDirty(tracked)) {
                    lists.changed().put(entity, state);
                }
            }
        }
    }

    void evict(Object entity) {
        EntityState state = reporting.remove(entity);
        if (state == null) {
            state = compared.remove(entity);
        }
        if (state != null) {
            entities.remove(state.identity(), entity);
            lists.forget(entity);
            state.detach();
        }
    }

    /**
     * The managed entities that may have changed since they were last loaded or written, in no particular
     * order (a copy, safe to iterate while writing): those that reported a change; those that handed out a
     * byte array or mutable user value, when it differs from the snapshot; and those of plain classes.
     */
    List<Map.Entry<Object, EntityState>> mayHaveChanged() {
        Map<Object, EntityState> changed = lists.changed();
        List<Map.Entry<Object, EntityState>> candidates = new ArrayList<>(changed.size() + 8);
        changed.forEach((entity, state) -> candidates.add(Map.entry(entity, state)));
        addDiffering(lists.handedOut(), changed, candidates);
        addDiffering(compared, changed, candidates);
        return candidates;
    }

    private static void addDiffering(Map<Object, EntityState> group, Map<Object, EntityState> changed,
            List<Map.Entry<Object, EntityState>> candidates) {
        group.forEach((entity, state) -> {
            if ((changed.isEmpty() || !changed.containsKey(entity))
                    && ChangeDetector.mayHaveChanged(state.model(), entity, state.loaded())) {
                candidates.add(Map.entry(entity, state));
            }
        });
    }

    void clear() {
        reporting.values().forEach(EntityState::detach);
        compared.values().forEach(EntityState::detach);
        entities.clear();
        reporting.clear();
        compared.clear();
        lists.clear();
    }

    private static boolean anyDirty(TrackedEntity entity) {
        for (long word : entity.$bao$dirtyBits()) {
            if (word != 0) {
                return true;
            }
        }
        return false;
    }
}
