package dev.dynamobao;

/**
 * {@link Ref#get()} on an unresolved reference that belongs to no open entity manager. Load the reference inside a unit of work, or prefetch it before closing the entity manager.
 */
public class DetachedReferenceException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming model, key and field. */
    public DetachedReferenceException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public DetachedReferenceException(String message, Throwable cause) {
        super(message, cause);
    }
}
