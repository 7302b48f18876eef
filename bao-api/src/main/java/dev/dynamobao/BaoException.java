package dev.dynamobao;

/**
 * Root of every exception DynamoBao throws. Unchecked. Messages name the model, key and field
 * involved and say how to fix the problem; an AWS SDK exception, when one caused it, is kept as
 * the {@linkplain #getCause() cause}.
 */
public class BaoException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message. */
    public BaoException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the underlying cause. */
    public BaoException(String message, Throwable cause) {
        super(message, cause);
    }
}
