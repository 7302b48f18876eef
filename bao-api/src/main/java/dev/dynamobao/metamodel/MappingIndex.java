package dev.dynamobao.metamodel;

import java.util.Objects;

/**
 * An index of a many-to-many mapping model whose partition key is a {@code Ref<F>} and whose sort
 * key is a {@code Ref<E>}: {@code PostTag_.tagsForPost} is a {@code MappingIndex<PostTag, Post, Tag>}.
 * {@code em.linked(post, PostTag_.tagsForPost)} returns the tags of a post, and
 * {@code em.link(PostTag_.tagsForPost, post, tag)} links them.
 *
 * @param <M> the mapping entity type
 * @param <F> the "from" entity type (partition key)
 * @param <E> the far entity type (sort key)
 */
public final class MappingIndex<M, F, E> extends RelationIndex<M, F, E> {

    private final Class<E> targetType;

    private MappingIndex(Class<M> model, String name, String partitionField, String sortField,
                         Class<F> fromType, Class<E> targetType) {
        super(model, name, partitionField, sortField, fromType);
        this.targetType = Objects.requireNonNull(targetType, "targetType");
    }

    /**
     * Creates the descriptor; called by generated metamodel classes.
     *
     * @param name the logical index name, {@code null} for the primary key
     * @param <M> the mapping entity type
     * @param <F> the from entity type
     * @param <E> the far entity type
     * @return the descriptor
     */
    public static <M, F, E> MappingIndex<M, F, E> mapping(Class<M> model, String name, String partitionField,
                                                    String sortField, Class<F> fromType, Class<E> targetType) {
        return new MappingIndex<>(model, name, partitionField, sortField, fromType, targetType);
    }

    /** The far entity class, the one {@code linked} returns. */
    public Class<E> targetType() {
        return targetType;
    }
}
