package dev.dynamobao;

/**
 * Strict mode is on ({@code requireUnitOfWork(true)} or {@code DYNAMO_BAO_REQUIRE_BATCH_CONTEXT=true}) and an operation ran outside {@code runInUnitOfWork}.
 */
public class MissingUnitOfWorkException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming model, key and field. */
    public MissingUnitOfWorkException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public MissingUnitOfWorkException(String message, Throwable cause) {
        super(message, cause);
    }
}
