package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import java.util.Map;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * One conditional write (put, update or delete) of a larger operation. Alone it is sent as its
 * single-item request; with others, as one action of a {@code TransactWriteItems}. Both forms come
 * from {@link #write()}.
 *
 * @param description what it does, for messages (e.g. "claim User.email 'a@b.c'")
 * @param write the write, from which both request forms are built
 * @param onConditionFailure turns a failed condition (with the stored item, or null) into the
 *     exception the caller sees
 * @param outcome how to tell, after a lost response, whether it was applied, and what to tell
 *     the caller when that cannot be known
 */
public record WriteAction(String description, ItemWrite write,
                          Function<Map<String, AttributeValue>, BaoException> onConditionFailure,
                          WriteOutcome outcome) {

    /** An action whose application no stored item proves (constraint items, tests). */
    public WriteAction(String description, ItemWrite write,
                       Function<Map<String, AttributeValue>, BaoException> onConditionFailure) {
        this(description, write, onConditionFailure, WriteOutcome.unprovable(description));
    }

    /** The write in transaction form ({@link ItemWrite#transactItem()}). */
    public TransactWriteItem item() {
        return write.transactItem();
    }
}
