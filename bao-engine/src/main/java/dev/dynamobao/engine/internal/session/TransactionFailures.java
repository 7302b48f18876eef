package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoException;
import dev.dynamobao.TransactionCancelledException;
import dev.dynamobao.TransactionCancelledException.ActionFailure;
import dev.dynamobao.WriteOutcomeUnknownException;
import dev.dynamobao.engine.internal.operation.WriteAction;
import dev.dynamobao.engine.internal.operation.WriteExecutor;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Turns the failure of an explicit {@code em.transaction(...)} into a
 * {@link TransactionCancelledException} with one reason per action, in the order sent: which
 * entity's write failed which condition. The specific exception the failed action maps to (for
 * example {@code EntityExistsException} or {@code OptimisticLockException}) becomes its cause.
 */
final class TransactionFailures {

    private TransactionFailures() {
    }

    /**
     * The exception to throw for {@code failure} of the transaction made of {@code actions}:
     * a {@link TransactionCancelledException} when DynamoDB cancelled it or a condition failed,
     * otherwise {@code failure} itself.
     */
    static BaoException interpret(List<WriteAction> actions, BaoException failure) {
        if (failure instanceof TransactionCancelledException || failure instanceof WriteOutcomeUnknownException) {
            // An unknown outcome is never "cancelled, nothing was written".
            return failure;
        }
        TransactionCanceledException cancelled = find(failure, TransactionCanceledException.class);
        if (cancelled != null) {
            return cancelledWith(WriteExecutor.failures(actions, cancelled), failure);
        }
        ConditionalCheckFailedException conditionFailed = find(failure, ConditionalCheckFailedException.class);
        if (conditionFailed != null && actions.size() == 1) {
            String message = conditionFailed.awsErrorDetails() == null ? "" : nullToEmpty(conditionFailed.awsErrorDetails().errorMessage());
            return cancelledWith(List.of(new ActionFailure(actions.get(0).description(), "ConditionalCheckFailed", message)), failure);
        }
        return failure;
    }

    private static TransactionCancelledException cancelledWith(List<ActionFailure> reasons, BaoException failure) {
        StringBuilder message = new StringBuilder("Transaction of ").append(reasons.size())
                .append(reasons.size() == 1 ? " action" : " actions").append(" cancelled, nothing was written:");
        for (ActionFailure reason : reasons) {
            if (reason.failed()) {
                message.append(' ').append(reason.action()).append(" -> ").append(reason.code()).append(';');
            }
        }
        message.append(' ').append(failure.getMessage());
        return new TransactionCancelledException(message.toString(), reasons, failure);
    }

    private static <E extends Throwable> E find(Throwable failure, Class<E> type) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (type.isInstance(current)) {
                return type.cast(current);
            }
            for (Throwable suppressed : current.getSuppressed()) {
                if (type.isInstance(suppressed)) {
                    return type.cast(suppressed);
                }
            }
            if (current.getCause() == current) {
                break;
            }
        }
        return null;
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
