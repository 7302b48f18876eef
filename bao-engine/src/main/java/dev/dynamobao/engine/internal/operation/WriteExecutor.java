package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import dev.dynamobao.TransactionCancelledException;
import dev.dynamobao.TransactionCancelledException.ActionFailure;
import dev.dynamobao.TransactionTooLargeException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.CounterWrites;
import dev.dynamobao.WriteOutcomeUnknownException;
import dev.dynamobao.engine.internal.key.LayoutAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import software.amazon.awssdk.awscore.AwsRequestOverrideConfiguration;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.core.SdkPlugin;
import software.amazon.awssdk.core.client.config.ClientOverrideConfiguration;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.CancellationReason;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.ReturnConsumedCapacity;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;

/**
 * Sends a list of {@link WriteAction}s atomically and reports their true outcome: one action as
 * its single-item request, several as one {@code TransactWriteItems}. Failed conditions become the
 * actions' own exceptions.
 *
 * <p>A response can be lost after DynamoDB applied the request; the SDK then resends it, and so
 * does this executor after the SDK gave up. Every write is built so that sending it again cannot
 * apply it twice: creates and versioned updates are conditional, unversioned updates without a
 * counter are idempotent, transactions carry a {@code ClientRequestToken} reused on every resend,
 * and a counter increment without a version goes as a one-action transaction
 * ({@link CounterWrites#EXACTLY_ONCE}) or with the SDK's retries off ({@link CounterWrites#AT_MOST_ONCE}).
 * When a resent write's condition fails, a consistent read of the item tells whether an earlier
 * attempt applied it (the item carries this write's fresh version, or equals the item it put):
 * then it succeeded. When nothing proves either way, {@link WriteOutcomeUnknownException}.
 */
public final class WriteExecutor {

    /** DynamoDB's limit of actions per transaction. */
    public static final int MAX_TRANSACTION_ACTIONS = 100;

    /** Turns off the SDK's retries for one request (a counter increment sent at most once). */
    private static final SdkPlugin NO_SDK_RETRIES = configuration -> {
        ClientOverrideConfiguration current = configuration.overrideConfiguration();
        configuration.overrideConfiguration((current == null ? ClientOverrideConfiguration.builder() : current.toBuilder())
                .retryStrategy(AwsRetryStrategy.doNotRetry()).build());
    };

    private final RequestExecutor executor;
    private final Backoff backoff;
    private final CounterWrites counterWrites;
    private final Supplier<String> tokens;

    /**
     * Creates the executor with the safe counter strategy; {@code backoff} paces the retries of
     * cancelled transactions and of writes whose outcome the SDK left open.
     */
    public WriteExecutor(RequestExecutor executor, Backoff backoff) {
        this(executor, backoff, CounterWrites.EXACTLY_ONCE, () -> UUID.randomUUID().toString());
    }

    /**
     * Creates the executor.
     *
     * @param counterWrites how counter increments without a version condition are sent
     * @param tokens makes the {@code ClientRequestToken} of each transaction (at most 36 characters)
     */
    public WriteExecutor(RequestExecutor executor, Backoff backoff, CounterWrites counterWrites, Supplier<String> tokens) {
        this.executor = executor;
        this.backoff = backoff;
        this.counterWrites = counterWrites;
        this.tokens = tokens;
    }

    /**
     * Sends {@code actions}; nothing when empty.
     *
     * @throws TransactionTooLargeException when there are more than 100 actions (nothing is sent)
     * @throws WriteOutcomeUnknownException when whether they were applied cannot be known
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
        if (actions.size() > 1) {
            executeTransaction(actions, sink);
        } else if (actions.get(0).outcome().repeatable()) {
            executeSingle(actions.get(0), sink, false);
        } else if (counterWrites == CounterWrites.AT_MOST_ONCE) {
            executeSingle(actions.get(0), sink, true);
        } else {
            executeTransaction(actions, sink);
        }
    }

    /**
     * Sends one action as its single-item request until its outcome is known.
     *
     * @param atMostOnce the action is not repeatable: the SDK must not resend it, and neither may
     *     this executor once an attempt may have been applied
     */
    private void executeSingle(WriteAction action, CapacitySink sink, boolean atMostOnce) {
        boolean mayHaveApplied = false;
        for (int attempt = 1; ; attempt++) {
            try {
                send(action, sink, atMostOnce);
                return;
            } catch (ConditionalCheckFailedException failed) {
                if (!mayHaveApplied && !Attempts.earlierMayHaveApplied(failed)) {
                    throw withCause(action.onConditionFailure().apply(failed.hasItem() ? failed.item() : null), failed);
                }
                requireProofOfApplication(action, failed, sink);
                return;
            } catch (BaoException failure) {
                SdkException sdk = sdkCause(failure);
                if (sdk == null) {
                    throw failure;
                }
                boolean throttled = sdk instanceof AwsServiceException service && service.isThrottlingException();
                if (Attempts.noneApplied(sdk)) {
                    // Refused without being applied; worth another try only while an earlier attempt
                    // may still have applied it, or when the SDK did not retry a throttled request.
                    if (!mayHaveApplied && !(atMostOnce && throttled) || attempt >= backoff.maxAttempts()) {
                        if (mayHaveApplied) {
                            throw action.outcome().unknown(null, sdk);
                        }
                        throw failure;
                    }
                } else {
                    mayHaveApplied = true;
                    if (atMostOnce || attempt >= backoff.maxAttempts()) {
                        throw action.outcome().unknown(null, sdk);
                    }
                }
                backoff.pause(attempt);
            }
        }
    }

    /**
     * After a failed condition of a write that an earlier attempt may have applied: returns when
     * the stored item proves that attempt applied it, otherwise throws
     * {@link WriteOutcomeUnknownException} (another writer's change neither proves nor rules it out).
     */
    private void requireProofOfApplication(WriteAction action, ConditionalCheckFailedException failed, CapacitySink sink) {
        Map<String, AttributeValue> stored;
        try {
            stored = consistentRead(action.write().keyMap(), action.description(), sink);
        } catch (RuntimeException readFailed) {
            WriteOutcomeUnknownException unknown = action.outcome().unknown(null, failed);
            unknown.addSuppressed(readFailed);
            throw unknown;
        }
        if (!action.outcome().proof().test(stored)) {
            throw action.outcome().unknown(null, failed);
        }
    }

    private Map<String, AttributeValue> consistentRead(Map<String, AttributeValue> key, String description, CapacitySink sink) {
        GetItemResponse response = executor.execute(DynamoOperation.GET_ITEM, executor.model(key.get(LayoutAttributes.PK).s()), 1,
                "read back after: " + description,
                () -> executor.client().getItem(GetItemRequest.builder().tableName(executor.table()).key(key)
                        .consistentRead(true).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build()), sink);
        return response.hasItem() && !response.item().isEmpty() ? response.item() : null;
    }

    private static SdkException sdkCause(BaoException failure) {
        return failure.getCause() instanceof SdkException sdk ? sdk : null;
    }

    private void send(WriteAction action, CapacitySink sink, boolean withoutSdkRetries) {
        ItemWrite write = action.write();
        AwsRequestOverrideConfiguration override = withoutSdkRetries
                ? AwsRequestOverrideConfiguration.builder().addPlugin(NO_SDK_RETRIES).build() : null;
        executor.execute(write.kind().operation(), executor.model(write.partitionKey()), 1, action.description(),
                () -> write.send(executor.client(), override), sink);
    }

    /**
     * Sends the actions as one {@code TransactWriteItems} with one {@code ClientRequestToken} for
     * every resend: DynamoDB applies a token's transaction once and answers a resend within 10
     * minutes with that first result, so a cancellation seen after resends is the truth.
     * Cancellations caused only by other transactions in flight are retried; so are failures that
     * leave the outcome open, until the retry policy is spent (then the outcome is unknown).
     */
    private void executeTransaction(List<WriteAction> actions, CapacitySink sink) {
        List<TransactWriteItem> items = actions.stream().map(action -> action.write().transactItem()).toList();
        String context = "transaction of " + actions.size() + (actions.size() == 1 ? " action (" : " actions (")
                + actions.get(0).description() + (actions.size() > 1 ? ", ..." : "") + ")";
        TransactWriteItemsRequest request = TransactWriteItemsRequest.builder().transactItems(items)
                .clientRequestToken(tokens.get()).returnConsumedCapacity(ReturnConsumedCapacity.TOTAL).build();
        String model = executor.model(actions.stream().map(action -> action.write().partitionKey()).toList());
        boolean mayHaveApplied = false;
        for (int attempt = 1; ; attempt++) {
            try {
                executor.execute(DynamoOperation.TRANSACT_WRITE_ITEMS, model, actions.size(), context,
                        () -> executor.client().transactWriteItems(request), sink);
                return;
            } catch (TransactionCanceledException cancelled) {
                // A failed condition is the truth even after resends: a resend of an applied
                // token is answered with success, never evaluated again. A conflict only says this
                // attempt was not applied, not that an earlier one was not.
                mayHaveApplied |= Attempts.earlierMayHaveApplied(cancelled);
                if (!onlyConflicts(cancelled)) {
                    throw interpret(actions, cancelled);
                }
                if (attempt >= backoff.maxAttempts()) {
                    if (mayHaveApplied) {
                        throw principal(actions).outcome().unknown(context, cancelled);
                    }
                    throw interpret(actions, cancelled);
                }
            } catch (BaoException failure) {
                SdkException sdk = sdkCause(failure);
                if (sdk == null) {
                    throw failure;
                }
                if (!Attempts.noneApplied(sdk)) {
                    mayHaveApplied = true;
                }
                if (!mayHaveApplied) {
                    throw failure;
                }
                if (attempt >= backoff.maxAttempts()) {
                    throw principal(actions).outcome().unknown(context, sdk);
                }
            }
            backoff.pause(attempt);
        }
    }

    /** The action naming the entity of a transaction's unknown outcome: the first entity write. */
    private static WriteAction principal(List<WriteAction> actions) {
        for (WriteAction action : actions) {
            if (!"(item)".equals(action.outcome().model())) {
                return action;
            }
        }
        return actions.get(0);
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
