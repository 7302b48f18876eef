package dev.dynamobao.engine.internal.lifecycle;

import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.FieldModel;
import java.time.Instant;

/**
 * Fills generated values before a create ({@code LAYOUT.md} §10): auto-assigned ULIDs, the
 * creation date when missing, the modification date, a fresh version and counters at zero.
 */
public final class CreationDefaults {

    private CreationDefaults() {
    }

    /** Applies the defaults to {@code entity} using {@code now} for dates. */
    public static void apply(EntityModel model, Object entity, Instant now) {
        for (FieldModel field : model.fields()) {
            Object value = field.get(entity);
            switch (field.type()) {
                case CREATE_DATE -> {
                    if (value == null) {
                        field.set(entity, now);
                    }
                }
                case MODIFIED_DATE -> field.set(entity, now);
                case VERSION -> field.set(entity, Ulids.next());
                case COUNTER -> {
                    if (value == null) {
                        field.set(entity, field.javaType() == Integer.class ? (Object) 0 : (Object) 0L);
                    }
                }
                default -> {
                    if (value == null && field.autoAssign()) {
                        field.set(entity, Ulids.next());
                    }
                }
            }
        }
    }
}
