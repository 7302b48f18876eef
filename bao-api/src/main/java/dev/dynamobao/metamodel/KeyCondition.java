package dev.dynamobao.metamodel;

import dev.dynamobao.query.SortCondition;
import java.util.Objects;

/**
 * A typed condition on the sort key of a {@link QueryIndex}: {@code KeyCondition<Instant>} for an
 * {@code Instant} sort key, so that {@code em.query(Post_.postsForUser).sort(between(t1, t2))}
 * compiles only with {@code Instant} bounds. It is the typed face of {@link SortCondition}, which
 * remains the dynamic form.
 *
 * <pre>{@code
 * import static dev.dynamobao.metamodel.KeyCondition.between;
 * em.query(Post_.postsForUser).partition(user).sort(between(from, to)).list();
 * }</pre>
 *
 * @param <S> the sort-key type
 */
public final class KeyCondition<S> {

    private final SortCondition condition;

    private KeyCondition(SortCondition condition) {
        this.condition = condition;
    }

    /** Sort key equal to {@code value}. */
    public static <S> KeyCondition<S> eq(S value) {
        return new KeyCondition<>(SortCondition.eq(value));
    }

    /** Sort key less than {@code value}. */
    public static <S> KeyCondition<S> lt(S value) {
        return new KeyCondition<>(SortCondition.lt(value));
    }

    /** Sort key less than or equal to {@code value}. */
    public static <S> KeyCondition<S> lte(S value) {
        return new KeyCondition<>(SortCondition.lte(value));
    }

    /** Sort key greater than {@code value}. */
    public static <S> KeyCondition<S> gt(S value) {
        return new KeyCondition<>(SortCondition.gt(value));
    }

    /** Sort key greater than or equal to {@code value}. */
    public static <S> KeyCondition<S> gte(S value) {
        return new KeyCondition<>(SortCondition.gte(value));
    }

    /** Sort key between {@code low} and {@code high}, both included. */
    public static <S> KeyCondition<S> between(S low, S high) {
        return new KeyCondition<>(SortCondition.between(low, high));
    }

    /** Sort key, in key form, starting with {@code prefix} (any sort-key type). */
    public static <S> KeyCondition<S> beginsWith(String prefix) {
        return new KeyCondition<>(SortCondition.beginsWith(Objects.requireNonNull(prefix, "prefix")));
    }

    /** The dynamic form of this condition, as {@code QueryBuilder.sort} takes it. */
    public SortCondition toSortCondition() {
        return condition;
    }

    @Override
    public String toString() {
        return condition.toString();
    }
}
