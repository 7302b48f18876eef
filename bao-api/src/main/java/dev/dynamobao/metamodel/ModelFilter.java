package dev.dynamobao.metamodel;

import dev.dynamobao.query.Filter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A filter on the items of one model, built from metamodel attributes: a filter on a field of
 * {@code User} cannot be given to a query of {@code Post}. It wraps a {@link Filter}, the dynamic
 * form, which the engine compiles unchanged.
 *
 * <pre>{@code
 * import static dev.dynamobao.metamodel.ModelFilter.where;
 * em.query(Post_.postsForUser).partition(user)
 *   .filter(where(Post_.content).contains("another").and(where(Post_.title).ne("draft")))
 *   .list();
 * }</pre>
 *
 * @param <T> the entity type the filter applies to
 */
public final class ModelFilter<T> {

    private final Filter filter;

    private ModelFilter(Filter filter) {
        this.filter = Objects.requireNonNull(filter, "filter");
    }

    /** Starts a condition on {@code attribute}. */
    public static <T, V> Where<T, V> where(Attribute<T, V> attribute) {
        return new Where<>(attribute);
    }

    /** All of {@code filters}. */
    @SafeVarargs
    public static <T> ModelFilter<T> allOf(ModelFilter<T>... filters) {
        List<Filter> plain = new ArrayList<>(filters.length);
        for (ModelFilter<T> each : filters) {
            plain.add(each.filter);
        }
        return new ModelFilter<>(Filter.and(plain.toArray(Filter[]::new)));
    }

    /** Any of {@code filters}. */
    @SafeVarargs
    public static <T> ModelFilter<T> anyOf(ModelFilter<T>... filters) {
        List<Filter> plain = new ArrayList<>(filters.length);
        for (ModelFilter<T> each : filters) {
            plain.add(each.filter);
        }
        return new ModelFilter<>(Filter.or(plain.toArray(Filter[]::new)));
    }

    /** The negation of {@code filter}. */
    public static <T> ModelFilter<T> not(ModelFilter<T> filter) {
        return new ModelFilter<>(Filter.not(filter.filter));
    }

    static <T> ModelFilter<T> wrap(Filter filter) {
        return new ModelFilter<>(filter);
    }

    /** This and {@code other}. */
    public ModelFilter<T> and(ModelFilter<T> other) {
        return new ModelFilter<>(filter.and(other.filter));
    }

    /** This or {@code other}. */
    public ModelFilter<T> or(ModelFilter<T> other) {
        return new ModelFilter<>(filter.or(other.filter));
    }

    /** The dynamic form of this filter, as {@code QueryBuilder.filter} takes it. */
    public Filter toFilter() {
        return filter;
    }

    @Override
    public String toString() {
        return filter.toString();
    }
}
