package dev.dynamobao;

/**
 * A versioned entity was changed by someone else since it was loaded: the stored
 * {@code @Version} no longer matches. Nothing was written. Reload the entity (after
 * {@code em.clear()} or in a new entity manager), apply the change again and retry.
 */
public class OptimisticLockException extends BaoException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String primaryId;

    /** Creates the exception for the entity of {@code model} with {@code primaryId}. */
    public OptimisticLockException(String model, String primaryId, Throwable cause) {
        super("Optimistic lock failed for " + model + " '" + primaryId
                + "': it was changed or deleted since it was loaded. Nothing was written; reload it and retry.", cause);
        this.model = model;
        this.primaryId = primaryId;
    }

    /** The model name of the entity. */
    public String model() {
        return model;
    }

    /** The primary id of the entity. */
    public String primaryId() {
        return primaryId;
    }
}
