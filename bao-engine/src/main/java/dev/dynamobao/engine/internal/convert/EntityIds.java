package dev.dynamobao.engine.internal.convert;

import dev.dynamobao.BaoException;
import java.util.Objects;
import java.util.function.Function;

/**
 * The primary ids of entity instances for one factory: how the {@code Ref} fields of that
 * factory's models turn a {@code Ref.of(entity)} into the stored id. Each factory has its own
 * (installed once its models are built), so factories in one JVM never share it.
 */
public final class EntityIds implements Function<Object, String> {

    private volatile Function<Object, String> primaryIds;

    /**
     * Installs the function computing an entity's primary id from the factory's models.
     *
     * @throws IllegalStateException when one is installed already
     */
    public void install(Function<Object, String> function) {
        Objects.requireNonNull(function, "function");
        if (primaryIds != null) {
            throw new IllegalStateException("EntityIds of this factory are installed already");
        }
        primaryIds = function;
    }

    @Override
    public String apply(Object entity) {
        Function<Object, String> function = primaryIds;
        if (function == null) {
            throw new BaoException("The models of this factory are not built yet, so Ref.of("
                    + entity.getClass().getSimpleName() + ") has no id; use Ref.to(type, id)");
        }
        return function.apply(entity);
    }
}
