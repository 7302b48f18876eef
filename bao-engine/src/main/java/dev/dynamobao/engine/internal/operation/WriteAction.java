package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One conditional write (put, update or delete) of a larger operation. Alone it is sent as the
 * matching single-item request; with others, as one action of a {@code TransactWriteItems}.
 *
 * @param description what it does, for messages (e.g. "claim User.email 'a@b.c'")
 * @param item the write, in transaction form
 * @param onConditionFailure turns a failed condition (with the stored item, or null) into the
 *     exception the caller sees
 * @param outcome how to tell, after a lost response, whether it was applied, and what to tell
 *     the caller when that cannot be known
 */
public record WriteAction(String description, TransactWriteItem item,
                          Function<Map<String, AttributeValue>, BaoException> onConditionFailure,
                          WriteOutcome outcome) {

    /** An action whose application no stored item proves (constraint items, tests). */
    public WriteAction(String description, TransactWriteItem item,
                       Function<Map<String, AttributeValue>, BaoException> onConditionFailure) {
        this(description, item, onConditionFailure, WriteOutcome.unprovable(description));
    }
}
