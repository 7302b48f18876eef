package dev.dynamobao.engine.internal.session;

import dev.dynamobao.spi.TrackedEntity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** The identity map of one unit of work: one instance per (tenant, model, primary id), and its state. */
final class PersistenceContext {

    private final Map<EntityKey, Object> entities = new HashMap<>();
    private final Map<Object, EntityState> states = new IdentityHashMap<>();

    Object get(EntityKey key) {
        return entities.get(key);
    }

    EntityState state(Object entity) {
        return states.get(entity);
    }

    void manage(Object entity, EntityState state) {
        entities.put(state.identity(), entity);
        states.put(entity, state);
        if (entity instanceof TrackedEntity tracked) {
            tracked.$bao$state(state);
        }
    }

    void evict(Object entity) {
        EntityState state = states.remove(entity);
        if (state != null) {
            entities.remove(state.identity(), entity);
        }
    }

    /** Managed entities, in no particular order (a copy, safe to iterate while writing). */
    List<Map.Entry<Object, EntityState>> managed() {
        return new ArrayList<>(states.entrySet());
    }

    void clear() {
        entities.clear();
        states.clear();
    }
}
