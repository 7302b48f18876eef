package dev.dynamobao;

import java.util.List;

/**
 * DynamoDB cancelled a transaction; nothing of it was written. {@link #reasons()} lists, per
 * action in the order sent, which entity failed which condition.
 */
public class TransactionCancelledException extends BaoException {
    private static final long serialVersionUID = 1L;

    private final List<ActionFailure> reasons;

    /** Creates the exception from the per-action reasons. */
    public TransactionCancelledException(String message, List<ActionFailure> reasons, Throwable cause) {
        super(message, cause);
        this.reasons = List.copyOf(reasons);
    }

    /** One entry per action of the transaction, in the order sent. */
    public List<ActionFailure> reasons() {
        return reasons;
    }

    /**
     * Why one action of a cancelled transaction failed.
     *
     * @param action what the action did, for example {@code "update User 01J..."}
     * @param code DynamoDB's cancellation code ({@code None}, {@code ConditionalCheckFailed}, ...)
     * @param message DynamoDB's message, may be empty
     */
    public record ActionFailure(String action, String code, String message) implements java.io.Serializable {
        /** Whether this action is one that failed (its code is not {@code None}). */
        public boolean failed() {
            return code != null && !"None".equals(code);
        }
    }
}
