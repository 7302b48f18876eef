package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.WriteOutcomeUnknownException;
import java.util.Map;
import java.util.function.Predicate;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a write knows about itself to report its true outcome when a response was lost: whether
 * sending it twice could apply it twice, how a stored item proves that an earlier attempt applied
 * it, and what to tell the caller when nothing proves either way.
 *
 * @param model the model name of the entity written
 * @param primaryId its primary id
 * @param operation "create", "update" or "delete"
 * @param writtenVersion the {@code @Version} this write stores, or null
 * @param whatToCheck how the caller can find out whether it was applied
 * @param repeatable whether sending it again can never apply it a second time (every write but a
 *     counter {@code ADD} without a version condition)
 * @param proof given the stored item (null when absent), whether it shows this very write applied
 */
public record WriteOutcome(String model, String primaryId, String operation, String writtenVersion, String whatToCheck,
                           boolean repeatable, Predicate<Map<String, AttributeValue>> proof) {

    /** An outcome that no stored item proves; for writes only ever sent inside transactions. */
    static WriteOutcome unprovable(String description) {
        return new WriteOutcome("(item)", description, "write", null, "Read the item to see whether it was written.",
                true, stored -> false);
    }

    /** The same outcome, marked as not safe to send twice (a bare counter increment). */
    public WriteOutcome notRepeatable() {
        return new WriteOutcome(model, primaryId, operation, writtenVersion, whatToCheck, false, proof);
    }

    /** The exception telling the caller that this write's outcome is unknown. */
    public WriteOutcomeUnknownException unknown(String operationText, Throwable cause) {
        return new WriteOutcomeUnknownException(model, primaryId, operationText == null ? operation : operationText,
                writtenVersion, whatToCheck, cause);
    }
}
