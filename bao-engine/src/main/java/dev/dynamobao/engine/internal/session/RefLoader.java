package dev.dynamobao.engine.internal.session;

import dev.dynamobao.DetachedReferenceException;
import dev.dynamobao.Ref;
import dev.dynamobao.spi.RefResolver;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Loads the lazy references of one unit of work in batches: resolving one unresolved
 * {@code Ref<User>} loads every unresolved {@code Ref<User>} of the same tenant in the same
 * {@code BatchGetItem} (chunks of 100), so the N+1 pattern costs 1 + ceil(N/100) requests.
 */
final class RefLoader implements RefResolver {

    private final EntityManagerImpl entityManager;
    private final Map<PendingGroup, List<Ref<?>>> pending = new LinkedHashMap<>();
    private final Map<Ref<?>, String> owners = new IdentityHashMap<>();

    RefLoader(EntityManagerImpl entityManager) {
        this.entityManager = entityManager;
    }

    /** Binds {@code ref} to this unit of work; {@code owner} describes where it lives, for messages. */
    void register(Ref<?> ref, String tenant, String owner) {
        ref.bind(this);
        owners.put(ref, owner);
        if (!ref.isLoaded()) {
            pending.computeIfAbsent(new PendingGroup(tenant, ref.type()), group -> new ArrayList<>()).add(ref);
        }
    }

    @Override
    public void resolve(Ref<?> ref) {
        if (!entityManager.isOpen()) {
            throw new DetachedReferenceException("Ref<" + ref.type().getSimpleName() + ">('" + ref.id() + "') of "
                    + describeOwner(ref) + " cannot be loaded: its entity manager is closed. Load it inside the unit of work"
                    + " (or prefetch with em.load(...)) before closing it.");
        }
        PendingGroup group = pending.keySet().stream().filter(candidate -> candidate.type() == ref.type()
                && pending.get(candidate).contains(ref)).findFirst().orElse(null);
        if (group == null) {
            loadGroup(new PendingGroup(entityManager.currentTenantOrNull(), ref.type()), List.of(ref));
            return;
        }
        loadGroup(group, pending.remove(group));
    }

    /** Loads every pending reference among {@code refs} now (explicit prefetch). */
    void loadAll(List<Ref<?>> refs) {
        Map<PendingGroup, List<Ref<?>>> byGroup = new LinkedHashMap<>();
        for (Ref<?> ref : refs) {
            if (ref.isLoaded()) {
                continue;
            }
            PendingGroup group = pending.keySet().stream().filter(candidate -> candidate.type() == ref.type()
                    && pending.get(candidate).contains(ref)).findFirst()
                    .orElse(new PendingGroup(entityManager.currentTenantOrNull(), ref.type()));
            byGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(ref);
        }
        byGroup.forEach((group, requested) -> {
            List<Ref<?>> all = new ArrayList<>(requested);
            List<Ref<?>> waiting = pending.remove(group);
            if (waiting != null) {
                waiting.stream().filter(ref -> !all.contains(ref)).forEach(all::add);
            }
            loadGroup(group, all);
        });
    }

    private void loadGroup(PendingGroup group, List<Ref<?>> refs) {
        Set<String> ids = new LinkedHashSet<>();
        for (Ref<?> ref : refs) {
            if (!ref.isLoaded()) {
                ids.add(ref.id());
            }
        }
        Map<String, Object> loaded = entityManager.loadForReferences(group.type(), group.tenant(), ids);
        for (Ref<?> ref : refs) {
            if (!ref.isLoaded()) {
                complete(ref, loaded.get(ref.id()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Ref<T> ref, Object target) {
        ref.complete((T) target);
    }

    @Override
    public String describeOwner(Ref<?> ref) {
        return owners.getOrDefault(ref, "an entity");
    }

    void clear() {
        pending.clear();
        owners.clear();
    }

    private record PendingGroup(String tenant, Class<?> type) {
    }
}
