package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import dev.dynamobao.spi.TrackedEntity;
import java.util.Arrays;
import java.util.List;

/**
 * Decides which fields of an entity may have changed: the enhancer's dirty bits for enhanced
 * classes (plus string sets, byte arrays and mutable user values, which can change in place without
 * a field write), every field for plain classes (snapshot comparison). The update planner then
 * compares the candidates with the snapshot, so both paths produce the same writes.
 */
final class ChangeDetector {

    private ChangeDetector() {
    }

    /** Candidate flags by field index; {@code null} when nothing can have changed (then nothing is allocated). */
    static boolean[] candidates(EntityModel model, Object entity) {
        if (!(entity instanceof TrackedEntity tracked) || !model.enhanced()) {
            boolean[] all = new boolean[model.fields().size()];
            Arrays.fill(all, true);
            return all;
        }
        long[] bits = tracked.$bao$dirtyBits();
        boolean written = false;
        for (int word = 0; bits != null && word < bits.length && !written; word++) {
            written = bits[word] != 0;
        }
        List<FieldModel> mutable = model.mutableInPlace();
        if (!written && mutable.isEmpty()) {
            return null;
        }
        boolean[] candidates = new boolean[model.fields().size()];
        for (int word = 0; written && word < bits.length; word++) {
            long remaining = bits[word];
            while (remaining != 0) {
                int trackedIndex = word * 64 + Long.numberOfTrailingZeros(remaining);
                remaining &= remaining - 1;
                int fieldIndex = model.fieldIndexOfTracked(trackedIndex);
                if (fieldIndex >= 0) {
                    candidates[fieldIndex] = true;
                }
            }
        }
        for (FieldModel field : mutable) {
            candidates[field.index()] = true;
        }
        return candidates;
    }

    /**
     * Whether a flush must check an entity that did not report a change: always for plain classes and
     * classes enhanced without write reports; otherwise only its {@link EntityModel#comparedAtFlush()}
     * values (byte arrays, mutable user values, which cannot report a change made inside them) can differ,
     * and only they are compared here, without allocating.
     */
    static boolean mayHaveChanged(EntityModel model, Object entity, Object[] loaded) {
        if (!model.reportsWrites() || !(entity instanceof TrackedEntity)) {
            return true;
        }
        for (FieldModel field : model.comparedAtFlush()) {
            if (!field.converter().same(loaded[field.index()], field.get(entity))) {
                return true;
            }
        }
        return false;
    }

    /** Forgets the recorded writes of an enhanced entity, and takes it off its unit of work's list of changed entities. */
    static void clear(Object entity) {
        if (entity instanceof TrackedEntity tracked) {
            tracked.$bao$clearDirty();
            if (tracked.$bao$state() instanceof EntityState state) {
                state.clean(entity);
            }
        }
    }
}
