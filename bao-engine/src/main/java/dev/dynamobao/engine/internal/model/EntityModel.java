package dev.dynamobao.engine.internal.model;

import dev.dynamobao.BaoException;
import dev.dynamobao.engine.internal.convert.FieldType;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodType;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Immutable metadata of one entity class, built once per factory: prefix, key shape, fields,
 * indexes, unique constraints, iteration settings and the special-purpose fields.
 */
public final class EntityModel {

    private final Class<?> type;
    private final String name;
    private final String prefix;
    private final KeyShape shape;
    private final FieldModel partitionKey;
    private final FieldModel sortKey;
    private final List<FieldModel> fields;
    private final Map<String, FieldModel> fieldsByName;
    private final List<IndexModel> indexes;
    private final Map<String, IndexModel> indexesByName;
    private final List<UniqueModel> uniques;
    private final boolean iterable;
    private final int iterationBuckets;
    private final MethodHandle constructor;
    private final boolean enhanced;
    private final int[] fieldIndexByTrackedIndex;
    private final FieldModel version;
    private final List<FieldModel> mutableInPlace;
    private final boolean reportsWrites;
    private final boolean reportsReads;
    private final boolean[] comparedAtFlushByIndex;
    private final List<FieldModel> trackedSets;
    private final List<FieldModel> comparedAtFlush;

    EntityModel(Class<?> type, String name, String prefix, KeyShape shape, FieldModel partitionKey, FieldModel sortKey,
                List<FieldModel> fields, List<IndexModel> indexes, List<UniqueModel> uniques, boolean iterable,
                int iterationBuckets, MethodHandle constructor, int[] fieldIndexByTrackedIndex) {
        this.type = type;
        this.name = name;
        this.prefix = prefix;
        this.shape = shape;
        this.partitionKey = partitionKey;
        this.sortKey = sortKey;
        this.fields = List.copyOf(fields);
        Map<String, FieldModel> byName = new LinkedHashMap<>();
        fields.forEach(field -> byName.put(field.name(), field));
        this.fieldsByName = Collections.unmodifiableMap(byName);
        this.indexes = List.copyOf(indexes);
        Map<String, IndexModel> indexByName = new LinkedHashMap<>();
        indexes.forEach(index -> indexByName.put(index.name(), index));
        this.indexesByName = Collections.unmodifiableMap(indexByName);
        this.uniques = List.copyOf(uniques);
        this.iterable = iterable;
        this.iterationBuckets = iterationBuckets;
        // Adapted once to ()Object so that each call is an invokeExact, not a generic invoke.
        this.constructor = constructor == null ? null : constructor.asType(MethodType.methodType(Object.class));
        this.enhanced = fieldIndexByTrackedIndex != null;
        this.fieldIndexByTrackedIndex = fieldIndexByTrackedIndex;
        this.version = fields.stream().filter(field -> field.type() == FieldType.VERSION).findFirst().orElse(null);
        this.mutableInPlace = fields.stream().filter(field -> field.converter().mutableInPlace()).toList();
        this.reportsWrites = enhanced && declares(type, "$bao$reportsWrites");
        this.reportsReads = reportsWrites && declares(type, "$bao$reportsReads");
        this.trackedSets = reportsWrites
                ? mutableInPlace.stream().filter(field -> field.type() == FieldType.STRING_SET).toList() : List.of();
        this.comparedAtFlush = mutableInPlace.stream().filter(field -> !trackedSets.contains(field)).toList();
        this.comparedAtFlushByIndex = new boolean[fields.size()];
        comparedAtFlush.forEach(field -> comparedAtFlushByIndex[field.index()] = true);
    }

    /** The entity class. */
    public Class<?> type() {
        return type;
    }

    /** The model name ({@code @Entity(name)} or the simple class name), stored on constraint items. */
    public String name() {
        return name;
    }

    /** The model prefix. */
    public String prefix() {
        return prefix;
    }

    /** The primary-key shape. */
    public KeyShape shape() {
        return shape;
    }

    /** The partition-key field; {@code null} for {@link KeyShape#PREFIX_PARTITION}. */
    public FieldModel partitionKey() {
        return partitionKey;
    }

    /** The sort-key field; {@code null} for {@link KeyShape#PARTITION_ONLY}. */
    public FieldModel sortKey() {
        return sortKey;
    }

    /** Every persistent field, in declaration order. */
    public List<FieldModel> fields() {
        return fields;
    }

    /** The field named {@code name}, if any. */
    public Optional<FieldModel> field(String name) {
        return Optional.ofNullable(fieldsByName.get(name));
    }

    /** Names of every persistent field. */
    public List<String> fieldNames() {
        return List.copyOf(fieldsByName.keySet());
    }

    /** The logical indexes, including aliases of the primary key. */
    public List<IndexModel> indexes() {
        return indexes;
    }

    /** The logical index named {@code name}, if any. */
    public Optional<IndexModel> index(String name) {
        return Optional.ofNullable(indexesByName.get(name));
    }

    /** The unique constraints. */
    public List<UniqueModel> uniques() {
        return uniques;
    }

    /** Whether writes maintain the iteration index. */
    public boolean iterable() {
        return iterable;
    }

    /** Number of iteration buckets. */
    public int iterationBuckets() {
        return iterationBuckets;
    }

    /** Whether the class is enhanced (implements {@code TrackedEntity}). */
    public boolean enhanced() {
        return enhanced;
    }

    /** The model field index of the enhancer's tracked-field index {@code trackedIndex}, or -1. */
    public int fieldIndexOfTracked(int trackedIndex) {
        return trackedIndex < fieldIndexByTrackedIndex.length ? fieldIndexByTrackedIndex[trackedIndex] : -1;
    }

    /**
     * Fields whose values can change in place without a field write (string-set elements, array
     * bytes, mutable user types), which dirty bits cannot see: whenever an entity is checked, they
     * are compared with the snapshot.
     */
    public List<FieldModel> mutableInPlace() {
        return mutableInPlace;
    }

    /**
     * Whether instances tell their state about the first write of each field after a clear (an
     * enhancer that knows {@code TrackedEntityState}); then a flush visits only the entities that
     * reported a change, plus those of models with {@link #comparedAtFlush()} fields.
     */
    public boolean reportsWrites() {
        return reportsWrites;
    }

    /** String-set fields held in a change-recording set while managed (only when {@link #reportsWrites()}). */
    public List<FieldModel> trackedSets() {
        return trackedSets;
    }

    /**
     * In-place-mutable fields that cannot record their own changes (byte arrays, mutable user types;
     * string sets of classes that do not report writes): compared with the snapshot at flush, for every
     * managed instance or, when the class {@linkplain #reportsReads() reports reads}, for the instances
     * that handed such a value out or were given one.
     */
    public List<FieldModel> comparedAtFlush() {
        return comparedAtFlush;
    }

    /** Whether field {@code fieldIndex} is one of {@link #comparedAtFlush()}. */
    public boolean comparedAtFlush(int fieldIndex) {
        return comparedAtFlushByIndex[fieldIndex];
    }

    /**
     * Whether instances also report reads of fields that may hold mutable values (an enhancer that
     * knows {@code TrackedEntityState.read}): then the {@link #comparedAtFlush()} values of an instance
     * are compared only once they were handed out (read through the entity) or handed in.
     */
    public boolean reportsReads() {
        return reportsReads;
    }

    /**
     * Whether a flush must look at every managed instance of this model: not enhanced, or enhanced by
     * an enhancer that does not report writes, or (for models with {@link #comparedAtFlush()} fields)
     * does not report reads.
     */
    public boolean comparedAtEveryFlush() {
        return !reportsWrites || !comparedAtFlush.isEmpty() && !reportsReads;
    }

    private static boolean declares(Class<?> type, String method) {
        try {
            type.getDeclaredMethod(method);
            return true;
        } catch (NoSuchMethodException notDeclared) {
            return false;
        }
    }

    /** The {@code @Version} field, or {@code null}. */
    public FieldModel version() {
        return version;
    }

    /** A new, empty instance made with the no-arg constructor. */
    public Object newInstance() {
        try {
            return (Object) constructor.invokeExact();
        } catch (RuntimeException | Error failure) {
            throw failure;
        } catch (Throwable failure) {
            throw new BaoException("Cannot instantiate " + type.getName() + ": " + failure + "; give it a no-argument"
                    + " constructor that does not throw", failure);
        }
    }

    @Override
    public String toString() {
        return name + "(" + prefix + ")";
    }
}
