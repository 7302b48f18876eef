package dev.dynamobao.enhancer.internal;

import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.named;

import java.util.List;
import java.util.stream.Collectors;
import net.bytebuddy.description.field.FieldDescription;
import net.bytebuddy.description.type.TypeDescription;

/**
 * The persistent fields of one entity class in declaration order: its own declared fields that are
 * not static, not Java-{@code transient}, not {@code @jakarta.persistence.Transient}, not synthetic
 * and not added by the enhancer. Field {@code i} owns bit {@code i % 64} of word {@code i / 64}.
 */
final class TrackedFieldSet {

    private final List<FieldDescription.InDefinedShape> fields;

    private TrackedFieldSet(List<FieldDescription.InDefinedShape> fields) {
        this.fields = List.copyOf(fields);
    }

    /** Selects the tracked fields of {@code type}. */
    static TrackedFieldSet of(TypeDescription type) {
        List<FieldDescription.InDefinedShape> tracked = type.getDeclaredFields().stream()
                .filter(field -> !field.isStatic())
                .filter(field -> !field.isTransient())
                .filter(field -> !field.isSynthetic())
                .filter(field -> !field.getName().startsWith(EnhancementNames.PREFIX))
                .filter(field -> !isAnnotatedWith(named(EnhancementNames.TRANSIENT_ANNOTATION)).matches(field))
                .collect(Collectors.toList());
        return new TrackedFieldSet(tracked);
    }

    /** The tracked fields in index order. */
    List<FieldDescription.InDefinedShape> fields() {
        return fields;
    }

    /** The field names in index order. */
    List<String> names() {
        return fields.stream().map(FieldDescription::getName).collect(Collectors.toList());
    }

    /** Number of {@code long} words of the bit set (at least one, so the array is never empty). */
    int words() {
        return Math.max(1, (fields.size() + Long.SIZE - 1) / Long.SIZE);
    }
}
