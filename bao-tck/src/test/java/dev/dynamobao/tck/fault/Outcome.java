package dev.dynamobao.tck.fault;

import dev.dynamobao.BatchWriteException;
import dev.dynamobao.DataAccessException;
import dev.dynamobao.ThrottledException;
import dev.dynamobao.TransactionCancelledException;
import dev.dynamobao.WriteOutcomeUnknownException;
import dev.dynamobao.test.fault.Fault;

/**
 * What a write must report when a fault hits every attempt (the SDK's and the library's resends
 * alike), and whether it is then stored: the table "fault × write path → outcome" of the README.
 *
 * @param reported the exception the write must throw
 * @param applied whether the write is stored (exactly once) afterwards
 */
record Outcome(Class<? extends RuntimeException> reported, boolean applied) {

    /** The outcome of a write whose every attempt gets {@code fault}. */
    static Outcome whenEveryAttemptGets(Fault fault, WritePath path) {
        if (path.operation().equals("BatchWriteItem")
                && (fault == Fault.CONNECTION_REFUSED || fault == Fault.UNPROCESSED)) {
            // Bulk writes name what they did not write (nothing, here) in a BatchWriteException.
            return new Outcome(BatchWriteException.class, false);
        }
        return whenEveryAttemptGets(fault);
    }

    /** The outcome of a single-item or transactional write whose every attempt gets {@code fault}. */
    static Outcome whenEveryAttemptGets(Fault fault) {
        return switch (fault) {
            // The first attempt was applied; no answer ever said so.
            case LOSE_RESPONSE, TIMEOUT_AFTER_SENDING, HTTP_500_AFTER_APPLYING -> new Outcome(WriteOutcomeUnknownException.class, true);
            // Not applied, but a timeout or a 5xx does not prove it.
            case TIMEOUT_BEFORE_SENDING, HTTP_500, HTTP_503 -> new Outcome(WriteOutcomeUnknownException.class, false);
            // Proven not applied: refused before sending, or answered 400.
            case CONNECTION_REFUSED -> new Outcome(DataAccessException.class, false);
            case THROTTLING, PROVISIONED_THROUGHPUT_EXCEEDED -> new Outcome(ThrottledException.class, false);
            case TRANSACTION_CONFLICT -> new Outcome(TransactionCancelledException.class, false);
            default -> throw new IllegalArgumentException(fault + " is not injected into every attempt");
        };
    }
}
