package dev.dynamobao.engine.internal.metrics;

import dev.dynamobao.engine.internal.model.EntityModel;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Names the model a request is for, from the partition keys it reads or writes ({@code LAYOUT.md}
 * §4, §6, §7, §8): an optional {@code [tenant]#}, then the model prefix (after
 * {@code _raft_uc#_ucN#} for a unique-constraint item). Used to tag request events.
 */
public final class ModelNames {

    /** The name of a request whose keys name no registered model. */
    public static final String UNKNOWN = "unknown";

    /** Names nothing: every request is {@link #UNKNOWN}. */
    public static final ModelNames NONE = new ModelNames(Map.of());

    private static final String CONSTRAINT = "_raft_uc#";

    private final Map<String, String> nameByPrefix;

    private ModelNames(Map<String, String> nameByPrefix) {
        this.nameByPrefix = Map.copyOf(nameByPrefix);
    }

    /** Names for {@code models}. */
    public static ModelNames of(Collection<EntityModel> models) {
        Map<String, String> names = new HashMap<>();
        for (EntityModel model : models) {
            names.put(model.prefix(), model.name());
        }
        return fromPrefixes(names);
    }

    /** Names for a map of model prefix to model name. */
    public static ModelNames fromPrefixes(Map<String, String> nameByPrefix) {
        return new ModelNames(nameByPrefix);
    }

    /** The model of one partition key value, or {@link #UNKNOWN}. */
    public String nameOf(String partitionKey) {
        if (partitionKey == null) {
            return UNKNOWN;
        }
        String key = partitionKey;
        if (key.startsWith("[")) {
            int end = key.indexOf("]#");
            key = end < 0 ? key : key.substring(end + 2);
        }
        if (key.startsWith(CONSTRAINT)) {
            int idEnd = key.indexOf('#', CONSTRAINT.length());
            key = idEnd < 0 ? key : key.substring(idEnd + 1);
        }
        int hash = key.indexOf('#');
        String prefix = hash < 0 ? key : key.substring(0, hash);
        return nameByPrefix.getOrDefault(prefix, UNKNOWN);
    }

    /** The models of several partition keys: one name, or the distinct names sorted and joined with {@code ,}. */
    public String nameOf(Collection<String> partitionKeys) {
        TreeSet<String> names = new TreeSet<>();
        for (String partitionKey : partitionKeys) {
            names.add(nameOf(partitionKey));
        }
        if (names.size() > 1) {
            names.remove(UNKNOWN);
        }
        return names.isEmpty() ? UNKNOWN : String.join(",", names);
    }
}
