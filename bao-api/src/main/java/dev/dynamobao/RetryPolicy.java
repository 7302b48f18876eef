package dev.dynamobao;

import java.time.Duration;
import java.util.Objects;

/**
 * Retry of throttled requests, of the unprocessed keys of batch requests, of transactions cancelled
 * by a conflict with another transaction, and of writes the AWS SDK gave up on without knowing
 * whether DynamoDB applied them (they are resent, safely, until their outcome is known; after
 * {@code maxAttempts} a {@link WriteOutcomeUnknownException} says so): exponential backoff
 * with full jitter, {@code baseDelay * 2^attempt} capped at {@code maxDelay}.
 *
 * @param maxAttempts attempts including the first, at least 1
 * @param baseDelay delay before the first retry
 * @param maxDelay largest delay between two attempts
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** 8 attempts, 25 ms base, 2 s cap. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(8, Duration.ofMillis(25), Duration.ofSeconds(2));

    /**
     * Validates the values.
     *
     * @throws ConfigurationException when {@code maxAttempts < 1} or not {@code 0 <= baseDelay <= maxDelay}
     */
    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new ConfigurationException("RetryPolicy.maxAttempts must be at least 1 (1 = no retry), was " + maxAttempts);
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new ConfigurationException("RetryPolicy needs 0 <= baseDelay <= maxDelay, got baseDelay " + baseDelay
                    + " and maxDelay " + maxDelay + "; raise maxDelay or lower baseDelay");
        }
    }
}
