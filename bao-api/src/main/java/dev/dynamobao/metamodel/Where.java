package dev.dynamobao.metamodel;

import dev.dynamobao.query.Filter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The first half of a typed filter condition, obtained with {@link ModelFilter#where(Attribute)}:
 * the operators of {@link Filter}, with values of the attribute's Java type.
 *
 * @param <T> the entity type
 * @param <V> the attribute's Java type
 */
public final class Where<T, V> {

    private final Attribute<T, V> attribute;

    Where(Attribute<T, V> attribute) {
        this.attribute = Objects.requireNonNull(attribute, "attribute");
    }

    /** {@code field = value}. */
    public ModelFilter<T> eq(V value) {
        return ModelFilter.wrap(Filter.eq(attribute.name(), value));
    }

    /** {@code field <> value}. */
    public ModelFilter<T> ne(V value) {
        return ModelFilter.wrap(Filter.ne(attribute.name(), value));
    }

    /** {@code field > value}. */
    public ModelFilter<T> gt(V value) {
        return ModelFilter.wrap(Filter.gt(attribute.name(), value));
    }

    /** {@code field >= value}. */
    public ModelFilter<T> gte(V value) {
        return ModelFilter.wrap(Filter.gte(attribute.name(), value));
    }

    /** {@code field < value}. */
    public ModelFilter<T> lt(V value) {
        return ModelFilter.wrap(Filter.lt(attribute.name(), value));
    }

    /** {@code field <= value}. */
    public ModelFilter<T> lte(V value) {
        return ModelFilter.wrap(Filter.lte(attribute.name(), value));
    }

    /** {@code field IN (values)} (1 to 100 values). */
    public ModelFilter<T> in(Collection<? extends V> values) {
        return ModelFilter.wrap(Filter.in(attribute.name(), new ArrayList<Object>(values)));
    }

    /** {@code field IN (values)} (1 to 100 values). */
    @SafeVarargs
    public final ModelFilter<T> in(V... values) {
        List<Object> listed = new ArrayList<>(values.length);
        for (V value : values) {
            listed.add(value);
        }
        return ModelFilter.wrap(Filter.in(attribute.name(), listed));
    }

    /** {@code field BETWEEN low AND high}. */
    public ModelFilter<T> between(V low, V high) {
        return ModelFilter.wrap(Filter.between(attribute.name(), low, high));
    }

    /** {@code begins_with(field, prefix)}. */
    public ModelFilter<T> beginsWith(String prefix) {
        return ModelFilter.wrap(Filter.beginsWith(attribute.name(), prefix));
    }

    /** {@code contains(field, value)}: a substring of a string, or an element of a string set. */
    public ModelFilter<T> contains(String value) {
        return ModelFilter.wrap(Filter.contains(attribute.name(), value));
    }

    /** {@code size(field) = n}. */
    public ModelFilter<T> sizeEq(long n) {
        return ModelFilter.wrap(Filter.size(attribute.name()).eq(n));
    }

    /** {@code size(field) > n}. */
    public ModelFilter<T> sizeGt(long n) {
        return ModelFilter.wrap(Filter.size(attribute.name()).gt(n));
    }

    /** {@code size(field) < n}. */
    public ModelFilter<T> sizeLt(long n) {
        return ModelFilter.wrap(Filter.size(attribute.name()).lt(n));
    }

    /** {@code attribute_exists(field)}. */
    public ModelFilter<T> exists() {
        return ModelFilter.wrap(Filter.exists(attribute.name()));
    }

    /** {@code attribute_not_exists(field)}. */
    public ModelFilter<T> notExists() {
        return ModelFilter.wrap(Filter.notExists(attribute.name()));
    }
}
