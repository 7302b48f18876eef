package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.convert.FieldType;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.spi.TrackedEntity;

/**
 * Decides which fields of an entity may have changed: the enhancer's dirty bits for enhanced
 * classes (plus string sets and byte arrays, which can change in place), every field for plain
 * classes (snapshot comparison). The update planner then compares candidates with the snapshot.
 */
final class ChangeDetector {

    private ChangeDetector() {
    }

    /** Candidate flags by field index; {@code null} when nothing can have changed. */
    static boolean[] candidates(EntityModel model, Object entity) {
        int count = model.fields().size();
        boolean[] candidates = new boolean[count];
        if (!(entity instanceof TrackedEntity tracked) || !model.enhanced()) {
            java.util.Arrays.fill(candidates, true);
            return candidates;
        }
        boolean any = false;
        long[] bits = tracked.$bao$dirtyBits();
        for (int word = 0; bits != null && word < bits.length; word++) {
            long remaining = bits[word];
            while (remaining != 0) {
                int trackedIndex = word * 64 + Long.numberOfTrailingZeros(remaining);
                remaining &= remaining - 1;
                int fieldIndex = model.fieldIndexOfTracked(trackedIndex);
                if (fieldIndex >= 0) {
                    candidates[fieldIndex] = true;
                    any = true;
                }
            }
        }
        for (FieldModel field : model.fields()) {
            if (field.type() == FieldType.STRING_SET || field.type() == FieldType.BINARY) {
                candidates[field.index()] = true;
                any = true;
            }
        }
        return any ? candidates : null;
    }

    /** Forgets the recorded writes of an enhanced entity. */
    static void clear(Object entity) {
        if (entity instanceof TrackedEntity tracked) {
            tracked.$bao$clearDirty();
        }
    }
}
