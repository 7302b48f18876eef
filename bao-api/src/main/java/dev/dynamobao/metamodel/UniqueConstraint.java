package dev.dynamobao.metamodel;

import java.util.Objects;

/**
 * A unique constraint of a model with the Java type of its values: {@code User_.uniqueEmail} is a
 * {@code UniqueConstraint<User, String>}, so that
 * {@code em.findByUnique(User_.uniqueEmail, "a@b.c")} compiles and a value of another type does not.
 *
 * @param <T> the entity type
 * @param <V> the Java type of the constrained field
 */
public final class UniqueConstraint<T, V> {

    private final String name;
    private final Attribute<T, V> field;

    private UniqueConstraint(String name, Attribute<T, V> field) {
        this.name = Objects.requireNonNull(name, "name");
        this.field = Objects.requireNonNull(field, "field");
    }

    /**
     * Creates the descriptor of constraint {@code name} on {@code field}; called by generated metamodel classes.
     *
     * @param <T> the entity type
     * @param <V> the constrained field's Java type
     * @return the descriptor
     */
    public static <T, V> UniqueConstraint<T, V> of(String name, Attribute<T, V> field) {
        return new UniqueConstraint<>(name, field);
    }

    /** The constraint name declared with {@code @Unique(name = ...)}, such as {@code uniqueEmail}. */
    public String name() {
        return name;
    }

    /** The constrained field. */
    public Attribute<T, V> field() {
        return field;
    }

    /** The entity class. */
    public Class<T> model() {
        return field.model();
    }

    @Override
    public String toString() {
        return field.model().getSimpleName() + "." + name + "(" + field.name() + ")";
    }
}
