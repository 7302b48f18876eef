package dev.dynamobao.engine.internal.session;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The lists a persistence context keeps so that a flush looks only at entities that may have changed:
 * {@code changed}, the entities that reported a field write or a string-set change since they were last
 * found clean (they leave it when written or found unchanged), and {@code handedOut}, the entities whose
 * byte arrays or mutable user values someone outside the entity may hold (read through the entity, or
 * given to it by the application) and can therefore change at any time (they stay until evicted).
 * A managed entity's {@link EntityState} points here; a detached one's does not.
 */
final class ChangeLists {

    private final Map<Object, EntityState> changed = new IdentityHashMap<>();
    private final Map<Object, EntityState> handedOut = new IdentityHashMap<>();

    Map<Object, EntityState> changed() {
        return changed;
    }

    Map<Object, EntityState> handedOut() {
        return handedOut;
    }

    void forget(Object entity) {
        changed.remove(entity);
        handedOut.remove(entity);
    }

    void clear() {
        changed.clear();
        handedOut.clear();
    }
}
