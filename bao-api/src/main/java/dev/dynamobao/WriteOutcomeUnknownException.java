package dev.dynamobao;

/**
 * A write was sent but whether DynamoDB applied it cannot be known: every attempt ended without
 * an answer that tells (a response lost after the request was sent, a timeout, an HTTP 5xx), or a
 * retry found the item changed in a way that neither proves nor rules out an earlier attempt.
 *
 * <p>DynamoBao throws this instead of claiming success or "nothing was written": the write was
 * applied at most once (never twice: every write it sends is conditional or idempotent), but it
 * may or may not have been applied. What to check is in the message and in {@link #whatToCheck()}:
 * typically reload the entity with {@code find} and compare, for example, its {@code @Version}
 * with {@link #writtenVersion()} or its counter with the value you expected. The entity stays as
 * it was before the write in the unit of work (still dirty), so flushing it again re-sends the
 * change; for a versioned entity that flush fails with {@link OptimisticLockException} if the
 * first write did apply.
 */
public class WriteOutcomeUnknownException extends BaoException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String primaryId;
    private final String operation;
    private final String writtenVersion;
    private final String whatToCheck;

    /**
     * Creates the exception.
     *
     * @param model the model name of the entity written
     * @param primaryId its primary id
     * @param operation what was written, e.g. {@code "update"}, {@code "create"}, {@code "delete"},
     *     {@code "transaction of 3 actions"}
     * @param writtenVersion the {@code @Version} the write would have stored, or null
     * @param whatToCheck how to find out whether the write was applied
     * @param cause the last failure seen
     */
    public WriteOutcomeUnknownException(String model, String primaryId, String operation, String writtenVersion,
                                        String whatToCheck, Throwable cause) {
        super("The outcome of " + operation + " of " + model + " '" + primaryId + "' is unknown: it was sent, it was applied"
                + " at most once, but whether it was applied cannot be told (" + causeText(cause) + "). " + whatToCheck, cause);
        this.model = model;
        this.primaryId = primaryId;
        this.operation = operation;
        this.writtenVersion = writtenVersion;
        this.whatToCheck = whatToCheck;
    }

    private static String causeText(Throwable cause) {
        return cause == null ? "no answer" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** The model name of the entity written. */
    public String model() {
        return model;
    }

    /** The primary id of the entity written. */
    public String primaryId() {
        return primaryId;
    }

    /** What was written ({@code "create"}, {@code "update"}, {@code "delete"}, {@code "transaction of N actions"}). */
    public String operation() {
        return operation;
    }

    /**
     * The {@code @Version} value the write would have stored, when the entity is versioned and the
     * write an update: a stored item carrying it proves the write was applied. Null otherwise.
     */
    public String writtenVersion() {
        return writtenVersion;
    }

    /** How to find out whether the write was applied. */
    public String whatToCheck() {
        return whatToCheck;
    }
}
