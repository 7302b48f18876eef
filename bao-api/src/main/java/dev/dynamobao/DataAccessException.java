package dev.dynamobao;

/**
 * A DynamoDB request failed for a reason no more specific exception describes; the AWS SDK exception is the cause.
 */
public class DataAccessException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming model, key and field. */
    public DataAccessException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
