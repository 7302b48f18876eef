package dev.dynamobao.spi;

import dev.dynamobao.Ref;
import java.util.Objects;
import java.util.function.Function;

/**
 * Engine SPI: loads unresolved {@link Ref}s for the entity manager that owns them. Applications
 * never implement this.
 */
public interface RefResolver {

    /**
     * Loads {@code ref} and, in the same request, every other unresolved reference of the same
     * target type known to this resolver; completes each with {@link Ref#complete(Object)}.
     *
     * @throws dev.dynamobao.DetachedReferenceException when the owning entity manager is closed
     */
    void resolve(Ref<?> ref);

    /** Describes the owner of {@code ref} for error messages, e.g. {@code "field Post.userId of Post 01J..."}. */
    String describeOwner(Ref<?> ref);

    /**
     * The primary id of an entity instance, as computed by the engine's model metadata. Used by
     * {@link Ref#of(Object)}.
     *
     * @throws IllegalStateException when no engine is loaded or the entity has no id yet
     */
    static String primaryIdOf(Object entity) {
        Function<Object, String> function = Registry.primaryIdFunction;
        if (function == null) {
            throw new IllegalStateException("No DynamoBao engine is initialised: build a BaoEntityManagerFactory "
                    + "before calling Ref.of(" + entity.getClass().getSimpleName() + ").id()");
        }
        return function.apply(entity);
    }

    /** Engine hook: installs the function behind {@link #primaryIdOf(Object)}. */
    static void installPrimaryIdFunction(Function<Object, String> function) {
        Registry.primaryIdFunction = Objects.requireNonNull(function);
    }

    /** Holder of the engine-installed function. */
    final class Registry {
        private static volatile Function<Object, String> primaryIdFunction;

        private Registry() {
        }
    }
}
