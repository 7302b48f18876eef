package dev.dynamobao;

/**
 * A field value was rejected before any request was sent: a missing required field, a malformed e-mail or ULID, a number out of range, or a key value with reserved characters.
 */
public class ValidationException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming model, key and field. */
    public ValidationException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public ValidationException(String message, Throwable cause) {
        super(message, cause);
    }
}
