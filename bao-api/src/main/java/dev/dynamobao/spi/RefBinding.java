package dev.dynamobao.spi;

import dev.dynamobao.Ref;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;
import java.util.function.Function;

/**
 * Engine SPI: the hooks an engine uses on a {@link Ref} — binding it to the {@link RefResolver}
 * of the entity manager that owns it, recording its loaded target, and giving a
 * {@code Ref.of(entity)} its primary id through the models of the factory doing the work.
 * Applications never call these; they are not part of {@code Ref}'s public surface.
 *
 * <p>Stateless: the only statics are constant handles onto {@code Ref}'s private fields, so two
 * factories in one JVM never see each other through this class.
 */
public final class RefBinding {

    private static final VarHandle ID;
    private static final VarHandle VALUE;
    private static final VarHandle LOADED;
    private static final VarHandle RESOLVER;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Ref.class, MethodHandles.lookup());
            ID = lookup.findVarHandle(Ref.class, "id", String.class);
            VALUE = lookup.findVarHandle(Ref.class, "value", Object.class);
            LOADED = lookup.findVarHandle(Ref.class, "loaded", boolean.class);
            RESOLVER = lookup.findVarHandle(Ref.class, "resolver", RefResolver.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private RefBinding() {
    }

    /** Binds {@code ref} to the resolver of the entity manager that owns it (replacing any earlier one). */
    public static void bind(Ref<?> ref, RefResolver resolver) {
        RESOLVER.set(Objects.requireNonNull(ref, "ref"), Objects.requireNonNull(resolver, "resolver"));
    }

    /** The resolver {@code ref} is bound to, or {@code null}. */
    public static RefResolver resolver(Ref<?> ref) {
        return (RefResolver) RESOLVER.get(Objects.requireNonNull(ref, "ref"));
    }

    /** Records the loaded target of {@code ref} ({@code null} when it does not exist). */
    public static <T> void complete(Ref<T> ref, T target) {
        VALUE.set(Objects.requireNonNull(ref, "ref"), (Object) target);
        LOADED.set(ref, true);
    }

    /**
     * The primary id of {@code ref}: the id it was built with, or, for a {@code Ref.of(entity)}
     * whose id is not known yet, the id {@code primaryIds} computes from the entity (then kept).
     *
     * @param primaryIds the primary-id function of the factory doing the work
     */
    public static String id(Ref<?> ref, Function<Object, String> primaryIds) {
        Objects.requireNonNull(ref, "ref");
        String id = (String) ID.get(ref);
        if (id == null) {
            id = primaryIds.apply(VALUE.get(ref));
            ID.set(ref, id);
        }
        return id;
    }
}
