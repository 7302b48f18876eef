package dev.dynamobao.metamodel;

import java.util.Objects;

/**
 * A queryable key of a model, the primary key or a logical {@code @Index}, with the Java types
 * of its partition and sort key: {@code Post_.postsForUser} is a
 * {@code RelationIndex<Post, User, Instant>} and {@code User_.primaryKey} a
 * {@code QueryIndex<User, String, Void>}. Start a query with
 * {@code em.query(Post_.postsForUser)}.
 *
 * <p>The partition type {@code P} is the field's Java type, except for a {@code Ref<X>} field
 * (then it is {@code X}, see {@link RelationIndex}) and for the model prefix ({@code Void}: no
 * partition value is needed). The sort type {@code S} follows the same rule, and is {@code Void}
 * when there is no sort key.
 *
 * @param <T> the entity type
 * @param <P> the partition-key type
 * @param <S> the sort-key type
 */
public sealed class QueryIndex<T, P, S> permits RelationIndex {

    private final Class<T> model;
    private final String name;
    private final String partitionField;
    private final String sortField;

    QueryIndex(Class<T> model, String name, String partitionField, String sortField) {
        this.model = Objects.requireNonNull(model, "model");
        this.name = name;
        this.partitionField = partitionField;
        this.sortField = sortField;
    }

    /**
     * Creates the descriptor of a logical index, or of the primary key when {@code name} is
     * {@code null}; called by generated metamodel classes.
     *
     * @param partitionField the partition-key field, {@code null} for the model prefix
     * @param sortField the sort-key field, {@code null} for none or the model prefix
     * @param <T> the entity type
     * @param <P> the partition-key type
     * @param <S> the sort-key type
     * @return the descriptor
     */
    public static <T, P, S> QueryIndex<T, P, S> of(Class<T> model, String name, String partitionField, String sortField) {
        return new QueryIndex<>(model, name, partitionField, sortField);
    }

    /** The entity class. */
    public Class<T> model() {
        return model;
    }

    /**
     * The logical index name as the string form {@code QueryBuilder.index(name)} takes it;
     * {@code null} for the primary key itself.
     */
    public String name() {
        return name;
    }

    /** Whether this is the model's primary key (not a named index). */
    public boolean isPrimaryKey() {
        return name == null;
    }

    /** The partition-key field name, or {@code null} when the partition is the model prefix. */
    public String partitionField() {
        return partitionField;
    }

    /** The sort-key field name, or {@code null} when there is none or it is the model prefix. */
    public String sortField() {
        return sortField;
    }

    @Override
    public String toString() {
        return model.getSimpleName() + "." + (name == null ? "primaryKey" : name);
    }
}
