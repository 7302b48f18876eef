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
 */
public record WriteAction(String description, TransactWriteItem item,
                          Function<Map<String, AttributeValue>, BaoException> onConditionFailure) {
}
