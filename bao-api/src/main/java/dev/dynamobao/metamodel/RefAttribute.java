package dev.dynamobao.metamodel;

import dev.dynamobao.Ref;
import java.util.Objects;

/**
 * A stored {@code Ref<R>} field of a model: a relation to another entity, such as
 * {@code Post_.userId} ({@code RefAttribute<Post, User>}).
 *
 * @param <T> the entity type that declares the field
 * @param <R> the referenced entity type
 */
public final class RefAttribute<T, R> extends Attribute<T, Ref<R>> {

    private final Class<R> target;

    private RefAttribute(Class<T> model, String name, Class<R> target) {
        super(model, name, Ref.class);
        this.target = Objects.requireNonNull(target, "target");
    }

    /**
     * Creates the descriptor of the {@code Ref<R>} field {@code name} of {@code model}; called by
     * generated metamodel classes.
     *
     * @param <T> the entity type
     * @param <R> the referenced entity type
     * @return the descriptor
     */
    public static <T, R> RefAttribute<T, R> ofRef(Class<T> model, String name, Class<R> target) {
        return new RefAttribute<>(model, name, target);
    }

    /** The referenced entity class. */
    public Class<R> target() {
        return target;
    }
}
