package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.BaoException;
import dev.dynamobao.RetryPolicy;
import java.util.concurrent.ThreadLocalRandom;

/** Exponential backoff with full jitter between retries of unprocessed batch keys. */
public final class Backoff {

    /** Sleeps; a seam so that tests need not wait. */
    @FunctionalInterface
    public interface Sleeper {
        /** Pauses the thread. */
        void sleep(long millis) throws InterruptedException;
    }

    private final RetryPolicy policy;
    private final Sleeper sleeper;

    /** Creates a backoff following {@code policy}. */
    public Backoff(RetryPolicy policy, Sleeper sleeper) {
        this.policy = policy;
        this.sleeper = sleeper;
    }

    /** Attempts allowed, the first included. */
    public int maxAttempts() {
        return policy.maxAttempts();
    }

    /** Waits before retry number {@code retry} (1 for the first retry). */
    public void pause(int retry) {
        long base = policy.baseDelay().toMillis();
        long cap = policy.maxDelay().toMillis();
        long ceiling = Math.min(cap, base << Math.min(retry - 1, 30));
        long delay = ceiling <= 0 ? 0 : ThreadLocalRandom.current().nextLong(ceiling + 1);
        try {
            sleeper.sleep(delay);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new BaoException("Interrupted while waiting to retry unprocessed keys", interrupted);
        }
    }
}
