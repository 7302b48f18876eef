package dev.dynamobao;

/**
 * {@code persist} of an entity whose key is already taken. Persist is a conditional create, never an overwrite; load the existing entity and change it instead.
 */
public class EntityExistsException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming model, key and field. */
    public EntityExistsException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public EntityExistsException(String message, Throwable cause) {
        super(message, cause);
    }
}
