package dev.dynamobao.spi;

import dev.dynamobao.Ref;

/**
 * Engine SPI: loads unresolved {@link Ref}s for the entity manager that owns them, and computes
 * the primary id of a {@code Ref.of(entity)} with the models of that entity manager's factory.
 * Applications never implement this; an engine binds references with {@link RefBinding#bind}.
 */
public interface RefResolver {

    /**
     * Loads {@code ref} and, in the same request, every other unresolved reference of the same
     * target type known to this resolver; completes each with {@link RefBinding#complete}.
     *
     * @throws dev.dynamobao.DetachedReferenceException when the owning entity manager is closed
     */
    void resolve(Ref<?> ref);

    /** Describes the owner of {@code ref} for error messages, e.g. {@code "field Post.userId of Post 01J..."}. */
    String describeOwner(Ref<?> ref);

    /**
     * The primary id of {@code entity}, computed with the models of the factory this resolver
     * belongs to ({@code LAYOUT.md} §4.3).
     *
     * @throws dev.dynamobao.BaoException when the entity's model is not registered there or its id is not assigned yet
     */
    String primaryIdOf(Object entity);
}
