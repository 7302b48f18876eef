package dev.dynamobao;

import java.util.List;

/**
 * Several writes of one {@link BaoEntityManager#flush() flush} or one
 * {@link BaoOperations#persistAll persistAll} failed. Those writes are sent together (up to
 * {@link BaoConfiguration#maxConcurrency()} in flight), and every one of them is attempted: the
 * ones not named here <em>were</em> written (the entities are clean, or managed after
 * {@code persistAll}); each one named here was not written — or, for a
 * {@link WriteOutcomeUnknownException} cause, may have been — and its entity is left as it was
 * (still dirty after a flush, still new after {@code persistAll}). No entity is ever half-written:
 * each entity's write (with its unique-constraint items) is atomic.
 *
 * <p>Thrown only when <b>two or more</b> writes failed. When exactly one failed, that write's own
 * exception is thrown instead ({@link OptimisticLockException}, {@link EntityNotFoundException},
 * {@link EntityExistsException}, {@link UniqueConstraintViolationException},
 * {@link WriteOutcomeUnknownException}, ...), with the same contract: every other write was done.
 * Code that catches those for a single entity keeps working.
 *
 * <p>{@link #failures()} names each failed entity with its exception, in the order the entities
 * were flushed or passed; the first failure is the {@linkplain #getCause() cause} and the others
 * are {@linkplain #getSuppressed() suppressed}. Fix or reload the named entities and flush (or
 * persist them) again: the written ones send nothing more.
 */
public class FlushException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** How many failures the message names (the list holds them all). */
    private static final int NAMED_IN_MESSAGE = 10;

    private final transient List<Failure> failures;
    private final int writtenCount;

    /**
     * Creates the exception; the first failure's exception becomes the cause, the others are
     * added as suppressed.
     *
     * @param operation what was written, e.g. {@code "flush"} or {@code "persistAll"}
     * @param failures the failed writes, at least one, in flush (or input) order
     * @param writtenCount how many entities of the call were written
     */
    public FlushException(String operation, List<Failure> failures, int writtenCount) {
        super(message(operation, failures, writtenCount), failures.isEmpty() ? null : failures.get(0).cause());
        this.failures = List.copyOf(failures);
        this.writtenCount = writtenCount;
        for (int i = 1; i < failures.size(); i++) {
            addSuppressed(failures.get(i).cause());
        }
    }

    private static String message(String operation, List<Failure> failures, int writtenCount) {
        StringBuilder text = new StringBuilder().append(failures.size()).append(" of ").append(failures.size() + writtenCount)
                .append(" entity writes of this ").append(operation).append(" failed; the other ").append(writtenCount)
                .append(" were written. Failed, left as they were (fix or reload them and try again):");
        for (int i = 0; i < Math.min(failures.size(), NAMED_IN_MESSAGE); i++) {
            Failure failure = failures.get(i);
            text.append(i == 0 ? " " : "; ").append(failure.model()).append(" '").append(failure.primaryId()).append("' -> ")
                    .append(failure.cause().getClass().getSimpleName()).append(": ").append(failure.cause().getMessage());
        }
        if (failures.size() > NAMED_IN_MESSAGE) {
            text.append("; and ").append(failures.size() - NAMED_IN_MESSAGE).append(" more (see failures())");
        }
        return text.toString();
    }

    /** Each failed entity write with its exception, in flush (or input) order; never empty. */
    public List<Failure> failures() {
        return failures;
    }

    /** How many entities of the call were written. */
    public int writtenCount() {
        return writtenCount;
    }

    /**
     * One entity whose write failed.
     *
     * @param model the model name
     * @param primaryId the entity's primary id
     * @param entity the entity instance (still dirty after a flush, not managed after {@code persistAll})
     * @param cause why its write failed, the exception a single write would have thrown
     */
    public record Failure(String model, String primaryId, Object entity, BaoException cause) {
    }
}
