package dev.dynamobao.engine.internal.session;

import dev.dynamobao.spi.TrackedEntity;
import java.io.Serial;
import java.io.Serializable;
import java.util.AbstractSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Consumer;

/**
 * The string set a managed enhanced entity holds in place of its own: it behaves as a
 * {@link LinkedHashSet} (equality, hash code and {@code toString} are those of any set of the same
 * strings) and, before the first change of its elements, tells the entity's {@link EntityState}, which
 * keeps the loaded elements for the diff and lists the entity for the next flush. Serializes as a plain
 * {@code LinkedHashSet}, so a serialized entity carries no engine state.
 *
 * <p>As with Hibernate's persistent collections, the engine takes the set over when the entity becomes
 * managed or is written: a set the application assigned is copied into a new tracked one, so changes made
 * afterwards through a reference kept to the application's own set no longer reach the entity.
 */
final class TrackedStringSet extends AbstractSet<String> implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient TrackedEntity owner;
    private final transient int fieldIndex;
    private final transient Set<String> elements;

    private TrackedStringSet(TrackedEntity owner, int fieldIndex, Set<String> elements) {
        this.owner = owner;
        this.fieldIndex = fieldIndex;
        this.elements = elements;
    }

    /** Tracks {@code elements} itself: only for a set nobody else holds (one just read from an item). */
    @SuppressWarnings("unchecked")
    static TrackedStringSet adopting(TrackedEntity owner, int fieldIndex, Set<?> elements) {
        return new TrackedStringSet(owner, fieldIndex, (Set<String>) elements);
    }

    /** Tracks a copy of {@code elements}, in their iteration order. */
    @SuppressWarnings("unchecked")
    static TrackedStringSet copying(TrackedEntity owner, int fieldIndex, Collection<?> elements) {
        return new TrackedStringSet(owner, fieldIndex, new LinkedHashSet<>((Collection<String>) elements));
    }

    /** Whether this is the set of field {@code fieldIndex} of {@code entity} (not another entity's, or another field's). */
    boolean belongsTo(Object entity, int index) {
        return owner == entity && fieldIndex == index;
    }

    /** The live elements, shared with the state's snapshot until the first change. */
    Set<String> elements() {
        return elements;
    }

    private void changing() {
        if (owner.$bao$state() instanceof EntityState state) {
            state.setChanging(fieldIndex, elements, owner);
        }
    }

    @Override
    public int size() {
        return elements.size();
    }

    @Override
    public boolean isEmpty() {
        return elements.isEmpty();
    }

    @Override
    public boolean contains(Object element) {
        return elements.contains(element);
    }

    @Override
    public Object[] toArray() {
        return elements.toArray();
    }

    @Override
    public <T> T[] toArray(T[] array) {
        return elements.toArray(array);
    }

    @Override
    public void forEach(Consumer<? super String> action) {
        elements.forEach(action);
    }

    @Override
    public Spliterator<String> spliterator() {
        return elements.spliterator();
    }

    @Override
    public boolean add(String element) {
        if (elements.contains(element)) {
            return false;
        }
        changing();
        return elements.add(element);
    }

    @Override
    public boolean remove(Object element) {
        if (!elements.contains(element)) {
            return false;
        }
        changing();
        return elements.remove(element);
    }

    @Override
    public void clear() {
        if (!elements.isEmpty()) {
            changing();
            elements.clear();
        }
    }

    @Override
    public Iterator<String> iterator() {
        Iterator<String> iterator = elements.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return iterator.hasNext();
            }

            @Override
            public String next() {
                return iterator.next();
            }

            @Override
            public void remove() {
                changing();
                iterator.remove();
            }
        };
    }

    @Serial
    private Object writeReplace() {
        return new LinkedHashSet<>(elements);
    }
}
