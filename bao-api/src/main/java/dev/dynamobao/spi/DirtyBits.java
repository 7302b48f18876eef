package dev.dynamobao.spi;

/**
 * Engine SPI: what an enhanced entity's write helper calls after storing a tracked field. Sets the
 * field's bit and, when it was clear, tells the entity's {@link TrackedEntityState} (if any), so the
 * engine learns of each entity's first change after a flush once, not at every write. Stateless;
 * applications never call it.
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
}
