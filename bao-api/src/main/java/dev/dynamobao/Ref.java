package dev.dynamobao;

import dev.dynamobao.spi.RefResolver;
import dev.dynamobao.spi.UnitOfWorkContext;
import java.util.Objects;
import java.util.Optional;

/**
 * A lazy reference to another entity, stored as the target's primary id ({@code LAYOUT.md} §5,
 * Related field). {@link #id()} never touches the database; {@link #get()} loads the target
 * through the entity manager that loaded the owner, batching every unresolved reference of the
 * same type in that unit of work into one {@code BatchGetItem}.
 *
 * <pre>{@code
 * post.setAuthor(Ref.to(User.class, userId));   // or Ref.of(user)
 * User author = post.getAuthor().get();          // loads lazily, batched
 * }</pre>
 *
 * <p>Two references are equal when they point at the same model and primary id. Not thread-safe,
 * like the entity manager that resolves it. A reference belongs to the entity manager that loaded
 * or persisted its owner, and resolves through that entity manager's factory: several factories
 * (other tables, tenancy on or off) can live in one JVM.
 *
 * @param <T> the referenced entity type
 */
public final class Ref<T> {

    private final Class<T> type;
    // Written by the engine through dev.dynamobao.spi.RefBinding (names and types must stay).
    private String id;
    private Object value;
    private boolean loaded;
    private RefResolver resolver;

    private Ref(Class<T> type, String id, T value) {
        this.type = Objects.requireNonNull(type, "type");
        this.id = id;
        this.value = value;
        this.loaded = value != null;
    }

    /**
     * A reference to the entity of {@code type} with the given primary id (for composite keys,
     * the id built by {@code BaoEntityManager.primaryId(type, pk, sk)}).
     */
    public static <T> Ref<T> to(Class<T> type, String primaryId) {
        Objects.requireNonNull(primaryId, "primaryId");
        if (primaryId.isEmpty()) {
            throw new ValidationException("Ref.to(" + type.getSimpleName() + ", id): the id must not be empty");
        }
        return new Ref<>(type, primaryId, null);
    }

    /**
     * A reference to an entity instance you already hold. Its id is read from the entity when
     * first needed, so the entity may get its generated id on persist.
     */
    @SuppressWarnings("unchecked")
    public static <T> Ref<T> of(T entity) {
        Objects.requireNonNull(entity, "entity");
        return new Ref<>((Class<T>) entity.getClass(), null, entity);
    }

    /** The referenced entity class. */
    public Class<T> type() {
        return type;
    }

    /**
     * The primary id of the target. Never does I/O. For a reference built with {@link #of(Object)}
     * the id is computed, once, by the factory of the entity manager that owns the reference (or,
     * before any owns it, of the unit of work the current thread is in).
     *
     * @throws DetachedReferenceException when built with {@link #of(Object)}, not yet persisted
     *     with an owner, and read outside a unit of work of a factory that registers the type
     * @throws BaoException when the entity's id is not assigned yet (persist it first)
     */
    public String id() {
        if (id == null) {
            if (resolver != null) {
                id = resolver.primaryIdOf(value);
            } else {
                id = UnitOfWorkContext.current()
                        .filter(entityManager -> entityManager.factory().entityClasses().contains(type))
                        .map(entityManager -> entityManager.primaryId(value))
                        .orElseThrow(() -> new DetachedReferenceException("Ref.of(" + type.getSimpleName()
                                + ") does not know its id outside a unit of work: read it inside"
                                + " bao.runInUnitOfWork(...) of a factory that registers " + type.getSimpleName()
                                + ", use em.primaryId(entity), or build the reference with Ref.to("
                                + type.getSimpleName() + ".class, id)."));
            }
        }
        return id;
    }

    /** Whether the target is already loaded (then {@link #get()} does no I/O). */
    public boolean isLoaded() {
        return loaded;
    }

    /**
     * The target entity, loading it if needed through the owning entity manager.
     *
     * @throws EntityNotFoundException when no entity with this id exists
     * @throws DetachedReferenceException when the reference belongs to no open entity manager
     */
    public T get() {
        return find().orElseThrow(() -> new EntityNotFoundException(
                "Ref<" + type.getSimpleName() + "> points at '" + id() + "', which does not exist"
                        + (resolver == null ? "" : " (" + resolver.describeOwner(this) + ")")));
    }

    /**
     * The target entity if it exists, loading it if needed through the owning entity manager.
     *
     * @throws DetachedReferenceException when the reference belongs to no open entity manager
     */
    @SuppressWarnings("unchecked")
    public Optional<T> find() {
        if (!loaded) {
            if (resolver == null) {
                throw new DetachedReferenceException("Ref<" + type.getSimpleName() + ">('" + id()
                        + "') is not attached to an entity manager. Load its owner inside a unit of work "
                        + "(em.find / bao.runInUnitOfWork), or use em.find(" + type.getSimpleName()
                        + ".class, ref.id()).");
            }
            resolver.resolve(this);
        }
        return Optional.ofNullable((T) value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Ref<?> ref && type.equals(ref.type) && id().equals(ref.id());
    }

    @Override
    public int hashCode() {
        return type.hashCode() * 31 + id().hashCode();
    }

    @Override
    public String toString() {
        return "Ref<" + type.getSimpleName() + ">(" + (id != null ? id : value == null ? "?" : "unsaved") + ")";
    }
}
