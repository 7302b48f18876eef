package dev.dynamobao;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Result of {@link BaoOperations#findAll(Class, java.util.Collection)}: the entities found, in the
 * order their ids were given (duplicates once), and the ids that do not exist.
 *
 * @param <T> the entity type
 */
public final class BatchFindResult<T> {

    private final Map<String, T> found;
    private final List<String> missingIds;

    /** Creates the result; {@code found} must iterate in input order. */
    public BatchFindResult(LinkedHashMap<String, T> found, List<String> missingIds) {
        this.found = Collections.unmodifiableMap(new LinkedHashMap<>(found));
        this.missingIds = List.copyOf(missingIds);
    }

    /** The entities found, in input order. */
    public List<T> items() {
        return List.copyOf(found.values());
    }

    /** Found entities by primary id, iterating in input order. */
    public Map<String, T> byId() {
        return found;
    }

    /** The entity with {@code primaryId}, if found (the {@code find} rule: absence is an answer). */
    public Optional<T> find(String primaryId) {
        return Optional.ofNullable(found.get(primaryId));
    }

    /**
     * The entity with {@code primaryId} (the {@code get} rule: absence is an error).
     *
     * @throws EntityNotFoundException when it was not found (it is then in {@link #missingIds()})
     */
    public T get(String primaryId) {
        T entity = found.get(primaryId);
        if (entity == null) {
            throw new EntityNotFoundException("findAll found no entity with id '" + primaryId + "'"
                    + (missingIds.contains(primaryId) ? " (it is among missingIds())" : " (it was not among the ids asked for)")
                    + "; use find(id) when absence is expected");
        }
        return entity;
    }

    /** The ids given that match no entity, in input order. */
    public List<String> missingIds() {
        return missingIds;
    }

    @Override
    public String toString() {
        return "BatchFindResult{found=" + found.keySet() + ", missing=" + missingIds + "}";
    }
}
