package dev.dynamobao;

/**
 * An entity that must exist does not: an update or delete of an item that is gone, or {@code getReference}-style access to a missing id.
 */
public class EntityNotFoundException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming model, key and field. */
    public EntityNotFoundException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public EntityNotFoundException(String message, Throwable cause) {
        super(message, cause);
    }
}
