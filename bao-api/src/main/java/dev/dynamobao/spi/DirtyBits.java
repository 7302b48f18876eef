package dev.dynamobao.spi;

/**
 * Engine SPI: what an enhanced entity's write and read helpers call. {@link #mark} sets a written field's
 * bit and, when it was clear, tells the entity's {@link TrackedEntityState} (if any), so the engine learns
 * of each entity's first change after a flush once, not at every write; {@link #read} reports that a
 * possibly mutable value was handed out. Stateless; applications never call it.
 */
public final class DirtyBits {

    private DirtyBits() {
    }

    /**
     * Sets bit {@code mask} of word {@code word} of {@code bits}, the dirty bits of {@code entity}.
     *
     * @param bits the entity's dirty bits
     * @param word the index of the field's word ({@code fieldIndex / 64})
     * @param mask the field's bit in that word ({@code 1L << fieldIndex})
     * @param entity the entity that was written
     */
    public static void mark(long[] bits, int word, long mask, TrackedEntity entity) {
        long before = bits[word];
        if ((before & mask) != 0) {
            return;
        }
        bits[word] = before | mask;
        if (entity.$bao$state() instanceof TrackedEntityState state) {
            state.written(entity);
        }
    }

    /**
     * What an enhanced entity's read helper calls before returning a field that may hold a mutable value:
     * tells the entity's {@link TrackedEntityState} (if any) that the value was handed out.
     *
     * @param entity the entity whose field is read
     * @param trackedIndex the field's index in {@link TrackedEntity#$bao$trackedFields()}
     */
    public static void read(TrackedEntity entity, int trackedIndex) {
        if (entity.$bao$state() instanceof TrackedEntityState state) {
            state.read(entity, trackedIndex);
        }
    }
}
