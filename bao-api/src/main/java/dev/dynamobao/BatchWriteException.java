package dev.dynamobao;

import java.util.List;

/**
 * A bulk write ({@link BaoOperations#upsertAll} or {@link BaoOperations#removeAll}) did not write
 * everything: DynamoDB kept returning {@code UnprocessedItems} after every retry the factory's
 * {@link RetryPolicy} allows, or a request failed as a whole. Bulk writes are not atomic: every
 * item not named here <em>was</em> written.
 *
 * <p>{@link #unprocessedIds()} names the primary ids not written, in input order;
 * {@link #unwrittenEntities()} gives the entity instances of an {@code upsertAll} that were not
 * written (empty for {@code removeAll}), ready to be passed to {@code upsertAll} again — an
 * upsert is idempotent.
 */
public class BatchWriteException extends ThrottledException {

    private static final long serialVersionUID = 1L;

    private final transient List<Object> unwrittenEntities;
    private final int writtenCount;

    /**
     * Creates the exception.
     *
     * @param message names the unwritten items and the fix
     * @param unprocessedIds primary ids not written, in input order
     * @param unwrittenEntities the entities of an upsert that were not written (empty for deletes)
     * @param writtenCount how many items were written
     * @param cause the request failure, or {@code null} when items stayed unprocessed
     */
    public BatchWriteException(String message, List<String> unprocessedIds, List<Object> unwrittenEntities,
                               int writtenCount, Throwable cause) {
        super(message, unprocessedIds, cause);
        this.unwrittenEntities = List.copyOf(unwrittenEntities);
        this.writtenCount = writtenCount;
    }

    /** The entities of an {@code upsertAll} that were not written, in input order (empty for {@code removeAll}). */
    public List<Object> unwrittenEntities() {
        return unwrittenEntities;
    }

    /** How many items of the call were written (or deleted). */
    public int writtenCount() {
        return writtenCount;
    }
}
