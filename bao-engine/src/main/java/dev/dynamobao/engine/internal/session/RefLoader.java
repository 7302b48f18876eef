package dev.dynamobao.engine.internal.session;

import dev.dynamobao.DetachedReferenceException;
import dev.dynamobao.Ref;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.spi.RefBinding;
import dev.dynamobao.spi.RefResolver;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
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
 * Targets already in the identity map cost nothing.
 */
final class RefLoader implements RefResolver {

    private final UnitOfWork work;
    private final EngineContext engine;
    /** Unresolved references by (tenant, target type), each reference once, in registration order. */
    private final Map<PendingGroup, List<Ref<?>>> pending = new LinkedHashMap<>();
    /** The references in {@link #pending}, by identity (equal references to one target are distinct entries). */
    private final Set<Ref<?>> queued = identitySet();
    /** Every reference bound to this unit of work: its group and where it lives (for messages). */
    private final Map<Ref<?>, Binding> bindings = new IdentityHashMap<>();

    RefLoader(UnitOfWork work, EngineContext engine) {
        this.work = work;
        this.engine = engine;
    }

    /** Binds the {@code Ref} fields of a managed entity to this unit of work, in the entity's tenant. */
    void bindFields(EntityState state, Object entity) {
        EntityModel model = state.model();
        for (FieldModel field : model.fields()) {
            if (field.referenceTarget() != null && field.get(entity) instanceof Ref<?> ref) {
                register(ref, state.identity().tenant(), "field " + model.name() + "." + field.name() + " of " + model.name()
                        + " '" + state.primaryId() + "'");
            }
        }
    }

    /** Binds {@code ref} to this unit of work; {@code owner} describes where it lives, for messages. */
    void register(Ref<?> ref, String tenant, String owner) {
        RefBinding.bind(ref, this);
        PendingGroup group = new PendingGroup(tenant, ref.type());
        bindings.put(ref, new Binding(group, owner));
        if (!ref.isLoaded() && queued.add(ref)) {
            pending.computeIfAbsent(group, key -> new ArrayList<>()).add(ref);
        }
    }

    @Override
    public void resolve(Ref<?> ref) {
        if (!work.isOpen()) {
            throw new DetachedReferenceException("Ref<" + ref.type().getSimpleName() + ">('" + ref.id() + "') of "
                    + describeOwner(ref) + " cannot be loaded: its entity manager is closed. Load it inside the unit of work"
                    + " (or prefetch with em.load(entities, Entity::getField)) before closing it.");
        }
        loadAll(List.of(ref));
    }

    /**
     * Loads every unresolved reference among {@code refs} now, together with every other
     * unresolved reference of the same tenant and target type (explicit prefetch).
     */
    void loadAll(Collection<? extends Ref<?>> refs) {
        Map<PendingGroup, List<Ref<?>>> byGroup = new LinkedHashMap<>();
        for (Ref<?> ref : refs) {
            if (!ref.isLoaded()) {
                byGroup.computeIfAbsent(groupOf(ref), key -> new ArrayList<>()).add(ref);
            }
        }
        byGroup.forEach((group, requested) -> {
            List<Ref<?>> waiting = pending.remove(group);
            if (waiting != null) {
                waiting.forEach(queued::remove);
                requested.addAll(waiting);
            }
            loadGroup(group, requested);
        });
    }

    private PendingGroup groupOf(Ref<?> ref) {
        Binding binding = bindings.get(ref);
        return binding != null ? binding.group() : new PendingGroup(work.tenant(), ref.type());
    }

    private void loadGroup(PendingGroup group, List<Ref<?>> refs) {
        Set<String> ids = new LinkedHashSet<>();
        for (Ref<?> ref : refs) {
            if (!ref.isLoaded()) {
                ids.add(ref.id());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        Map<String, Object> loaded = work.loader().load(TenantModel.of(engine.models().model(group.type()), group.tenant()), ids);
        for (Ref<?> ref : refs) {
            if (!ref.isLoaded()) {
                complete(ref, loaded.get(ref.id()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> void complete(Ref<T> ref, Object target) {
        RefBinding.complete(ref, (T) target);
    }

    @Override
    public String primaryIdOf(Object entity) {
        return KeyCodec.primaryId(engine.models().model(entity.getClass()), entity);
    }

    @Override
    public String describeOwner(Ref<?> ref) {
        Binding binding = bindings.get(ref);
        return binding == null ? "an entity" : binding.owner();
    }

    /** Forgets every reference (after {@code clear()}); references already bound load one by one. */
    void clear() {
        pending.clear();
        queued.clear();
        bindings.clear();
    }

    /**
     * Forgets the unresolved references (after {@code close()}) but keeps their descriptions, so
     * a late {@code get()} still names the entity and field it belongs to.
     */
    void close() {
        pending.clear();
        queued.clear();
    }

    /** Unresolved references waiting for a batch (for tests and diagnostics). */
    int pendingCount() {
        return queued.size();
    }

    private static Set<Ref<?>> identitySet() {
        return Collections.newSetFromMap(new IdentityHashMap<>());
    }

    private record PendingGroup(String tenant, Class<?> type) {
    }

    private record Binding(PendingGroup group, String owner) {
    }
}
