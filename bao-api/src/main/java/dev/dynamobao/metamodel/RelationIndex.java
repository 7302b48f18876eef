package dev.dynamobao.metamodel;

import java.util.Objects;

/**
 * A {@link QueryIndex} whose partition key is a {@code Ref<P>} field: the children of a
 * {@code P}. {@code em.queryRelated(user, Post_.postsForUser)} reads the posts of a user and does
 * not compile with a parent of another type.
 *
 * @param <T> the child entity type (the model that declares the index)
 * @param <P> the parent entity type (the target of the partition-key {@code Ref})
 * @param <S> the sort-key type
 */
public sealed class RelationIndex<T, P, S> extends QueryIndex<T, P, S> permits MappingIndex {

    private final Class<P> parentType;

    RelationIndex(Class<T> model, String name, String partitionField, String sortField, Class<P> parentType) {
        super(model, name, partitionField, sortField);
        this.parentType = Objects.requireNonNull(parentType, "parentType");
    }

    /**
     * Creates the descriptor; called by generated metamodel classes.
     *
     * @param name the logical index name, {@code null} for the primary key
     * @param <T> the child entity type
     * @param <P> the parent entity type
     * @param <S> the sort-key type
     * @return the descriptor
     */
    public static <T, P, S> RelationIndex<T, P, S> relation(Class<T> model, String name, String partitionField,
                                                     String sortField, Class<P> parentType) {
        return new RelationIndex<>(model, name, partitionField, sortField, parentType);
    }

    /** The parent entity class (the target of the partition-key {@code Ref}). */
    public Class<P> parentType() {
        return parentType;
    }
}
