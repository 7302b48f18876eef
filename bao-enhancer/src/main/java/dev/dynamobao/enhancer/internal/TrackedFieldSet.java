package dev.dynamobao.enhancer.internal;

import static net.bytebuddy.matcher.ElementMatchers.isAnnotatedWith;
import static net.bytebuddy.matcher.ElementMatchers.named;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, Integer> indexByName;

    private TrackedFieldSet(List<FieldDescription.InDefinedShape> fields) {
        this.fields = List.copyOf(fields);
        this.indexByName = new HashMap<>();
        for (int i = 0; i < fields.size(); i++) {
            indexByName.put(fields.get(i).getName(), i);
        }
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

    /** The index of the tracked field {@code name}, or {@code -1} when it is not tracked. */
    int indexOf(String name) {
        Integer index = indexByName.get(name);
        return index == null ? -1 : index;
    }

    /** Number of {@code long} words of the bit set (at least one, so the array is never empty). */
    int words() {
        return Math.max(1, (fields.size() + Long.SIZE - 1) / Long.SIZE);
    }
}
