package dev.dynamobao.spi;

/**
 * Contract between enhanced entity classes and the engine. The enhancer ({@code bao-enhancer},
 * Maven goal {@code enhance} or the runtime agent) makes every {@code @Entity} class implement
 * it; applications never implement or call it.
 *
 * <p>Every write to a persistent field outside constructors — setters, direct assignments,
 * {@code x++}, lambdas, writes to another instance of the same class — sets the bit of that field
 * in a bit set. Field indexes follow {@link #$bao$trackedFields()}.
 */
public interface TrackedEntity {

    /**
     * Names of the tracked (persistent, non-static, non-transient) fields in index order: bit
     * {@code i} of {@link #$bao$dirtyBits()} belongs to element {@code i}.
     */
    String[] $bao$trackedFields();

    /**
     * The dirty bits: bit {@code i % 64} of word {@code i / 64} is set when field {@code i} was
     * written since the last {@link #$bao$clearDirty()}. May return a shared array; do not modify.
     */
    long[] $bao$dirtyBits();

    /** Whether field {@code index} was written since the last clear. */
    boolean $bao$isDirty(int index);

    /** Clears every dirty bit (after a load or a successful write). */
    void $bao$clearDirty();

    /** The engine's per-instance state (loaded values for diffs), or {@code null}. */
    Object $bao$state();

    /** Stores the engine's per-instance state. */
    void $bao$state(Object state);

    /**
     * Whether this class tells its state (when that is a {@link TrackedEntityState}) about the first
     * write of each field after a clear. Classes enhanced by a {@code bao-enhancer} older than this
     * contract answer {@code false} (this default); an engine then compares them at every flush.
     */
    default boolean $bao$reportsWrites() {
        return false;
    }

    /**
     * Whether this class tells its state ({@link TrackedEntityState#read}) about each read, in its own code,
     * of a tracked field whose value may be mutable (arrays, collections, user types), so an engine can
     * compare such values only for the entities that handed them out. Classes enhanced by an older
     * {@code bao-enhancer} answer {@code false} (this default); an engine then compares those values of
     * every managed instance at every flush.
     */
    default boolean $bao$reportsReads() {
        return false;
    }
}
