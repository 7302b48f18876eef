package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import dev.dynamobao.TransactionCancelledException;
import dev.dynamobao.TransactionCancelledException.ActionFailure;
import dev.dynamobao.TransactionTooLargeException;
import dev.dynamobao.metrics.DynamoOperation;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.Delete;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import software.amazon.awssdk.services.dynamodb.model.Update;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;

/**
 * Sends a list of {@link WriteAction}s atomically: one action as its single-item request, several
 * as one {@code TransactWriteItems}. Failed conditions become the actions' own exceptions.
 */
public final class WriteExecutor {

    /** DynamoDB's limit of actions per transaction. */
    public static final int MAX_TRANSACTION_ACTIONS = 100;

    private final RequestExecutor executor;
    private final Backoff backoff;

    /**
     * Creates the executor; {@code backoff} paces the retries of transactions that DynamoDB
     * cancelled only because of a conflict with another transaction in flight.
     */
    public WriteExecutor(RequestExecutor executor, Backoff backoff) {
        this.executor = executor;
        this.backoff = backoff;
    }

    /**
     * Sends {@code actions}; nothing when empty.
     *
     * @throws TransactionTooLargeException when there are more than 100 actions (nothing is sent)
     */
    public void execute(List<WriteAction> actions, CapacitySink sink) {
        if (actions.isEmpty()) {
            return;
        }
        if (actions.size() > MAX_TRANSACTION_ACTIONS) {
            throw new TransactionTooLargeException("A transaction may hold at most " + MAX_TRANSACTION_ACTIONS
                    + " actions (unique-constraint items included), this one has " + actions.size()
                    + "; split the work into several transactions. Nothing was sent.");
        }
        if (actions.size() == 1) {
            executeSingle(actions.get(0), sink);
        } else {
            executeTransaction(actions, sink);
        }
    }

    private void executeSingle(WriteAction action, CapacitySink sink) {
        TransactWriteItem item = action.item();
        try {
            if (item.put() != null) {
                Put put = item.put();
                executor.execute(DynamoOperation.PUT_ITEM, 1, action.description(), () -> executor.client().putItem(
                        PutItemRequest.builder().tableName(put.tableName()).item(put.item())
                                .conditionExpression(put.conditionExpression())
                                .expressionAttributeNames(put.expressionAttributeNames().isEmpty() ? null : put.expressionAttributeNames())
                                .expressionAttributeValues(put.expressionAttributeValues().isEmpty() ? null : put.expressionAttributeValues())
                                .returnValuesOnConditionCheckFailure(put.returnValuesOnConditionCheckFailure())
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), sink);
            } else if (item.update() != null) {
                Update update = item.update();
                executor.execute(DynamoOperation.UPDATE_ITEM, 1, action.description(), () -> executor.client().updateItem(
                        UpdateItemRequest.builder().tableName(update.tableName()).key(update.key())
                                .updateExpression(update.updateExpression())
                                .conditionExpression(update.conditionExpression())
                                .expressionAttributeNames(update.expressionAttributeNames().isEmpty() ? null : update.expressionAttributeNames())
                                .expressionAttributeValues(update.expressionAttributeValues().isEmpty() ? null : update.expressionAttributeValues())
                                .returnValuesOnConditionCheckFailure(update.returnValuesOnConditionCheckFailure())
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), sink);
            } else {
                Delete delete = item.delete();
                executor.execute(DynamoOperation.DELETE_ITEM, 1, action.description(), () -> executor.client().deleteItem(
                        DeleteItemRequest.builder().tableName(delete.tableName()).key(delete.key())
                                .conditionExpression(delete.conditionExpression())
                                .expressionAttributeNames(delete.expressionAttributeNames().isEmpty() ? null : delete.expressionAttributeNames())
                                .expressionAttributeValues(delete.expressionAttributeValues().isEmpty() ? null : delete.expressionAttributeValues())
                                .returnValuesOnConditionCheckFailure(delete.returnValuesOnConditionCheckFailure())
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), sink);
            }
        } catch (ConditionalCheckFailedException failed) {
            BaoException mapped = action.onConditionFailure().apply(failed.hasItem() ? failed.item() : null);
            throw withCause(mapped, failed);
        }
    }

    private void executeTransaction(List<WriteAction> actions, CapacitySink sink) {
        List<TransactWriteItem> items = actions.stream().map(WriteAction::item).toList();
        String context = "transaction of " + actions.size() + " actions (" + actions.get(0).description()
                + (actions.size() > 1 ? ", ..." : "") + ")";
        for (int attempt = 1; ; attempt++) {
            try {
                executor.execute(DynamoOperation.TRANSACT_WRITE_ITEMS, actions.size(), context,
                        () -> executor.client().transactWriteItems(TransactWriteItemsRequest.builder().transactItems(items)
                                .returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), sink);
                return;
            } catch (TransactionCanceledException cancelled) {
                if (!onlyConflicts(cancelled) || attempt >= backoff.maxAttempts()) {
                    throw interpret(actions, cancelled);
                }
                backoff.pause(attempt);
            }
        }
    }

    /** Whether DynamoDB cancelled only because another transaction touched the same items (worth a retry). */
    private static boolean onlyConflicts(TransactionCanceledException cancelled) {
        if (!cancelled.hasCancellationReasons()) {
            return false;
        }
        boolean conflict = false;
        for (CancellationReason reason : cancelled.cancellationReasons()) {
            String code = reason.code();
            if ("TransactionConflict".equals(code)) {
                conflict = true;
            } else if (code != null && !"None".equals(code)) {
                return false;
            }
        }
        return conflict;
    }

    private static BaoException withCause(BaoException mapped, Exception cause) {
        if (mapped.getCause() == null) {
            try {
                mapped.initCause(cause);
            } catch (IllegalStateException alreadySet) {
                mapped.addSuppressed(cause);
            }
        }
        return mapped;
    }

    /**
     * One entry per action of a cancelled transaction, in the order sent: its description and
     * DynamoDB's reason code ({@code Unknown} where it gave none) and message.
     */
    public static List<ActionFailure> failures(List<WriteAction> actions, TransactionCanceledException cancelled) {
        List<CancellationReason> reasons = cancelled.hasCancellationReasons() ? cancelled.cancellationReasons() : List.of();
        List<ActionFailure> failures = new ArrayList<>(actions.size());
        for (int i = 0; i < actions.size(); i++) {
            CancellationReason reason = i < reasons.size() ? reasons.get(i) : null;
            failures.add(new ActionFailure(actions.get(i).description(),
                    reason == null || reason.code() == null ? "Unknown" : reason.code(),
                    reason == null || reason.message() == null ? "" : reason.message()));
        }
        return failures;
    }

    private static BaoException interpret(List<WriteAction> actions, TransactionCanceledException cancelled) {
        List<ActionFailure> failures = failures(actions, cancelled);
        for (int i = 0; i < failures.size(); i++) {
            if ("ConditionalCheckFailed".equals(failures.get(i).code())) {
                CancellationReason reason = cancelled.cancellationReasons().get(i);
                return withCause(actions.get(i).onConditionFailure().apply(reason.hasItem() ? reason.item() : null), cancelled);
            }
        }
        StringBuilder message = new StringBuilder("Transaction cancelled, nothing was written:");
        for (ActionFailure failure : failures) {
            if (failure.failed()) {
                message.append(' ').append(failure.action()).append(" -> ").append(failure.code())
                        .append(failure.message().isEmpty() ? "" : " (" + failure.message() + ")").append(';');
            }
        }
        return new TransactionCancelledException(message.toString(), failures, cancelled);
    }
}
