package dev.dynamobao.engine.internal.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoException;
import dev.dynamobao.RetryPolicy;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Exponential backoff with full jitter: {@code random(0, min(maxDelay, baseDelay * 2^(retry-1)))}. */
class BackoffTest {

    private final List<Long> pauses = new ArrayList<>();
    private final Backoff backoff = new Backoff(new RetryPolicy(8, Duration.ofMillis(10), Duration.ofMillis(100)), pauses::add);

    private List<Long> pausesOfRetry(int retry, int samples) {
        pauses.clear();
        for (int i = 0; i < samples; i++) {
            backoff.pause(retry);
        }
        return List.copyOf(pauses);
    }

    @Test
    void pause_growsExponentiallyUpToTheCap() {
        assertTrue(pausesOfRetry(1, 200).stream().allMatch(delay -> delay >= 0 && delay <= 10));
        assertTrue(pausesOfRetry(3, 200).stream().allMatch(delay -> delay >= 0 && delay <= 40));
        assertTrue(pausesOfRetry(3, 500).stream().anyMatch(delay -> delay > 20), "the ceiling of retry 3 is 40 ms");
        assertTrue(pausesOfRetry(40, 200).stream().allMatch(delay -> delay >= 0 && delay <= 100), "capped at maxDelay");
    }

    @Test
    void pause_isJittered() {
        assertTrue(new HashSet<>(pausesOfRetry(4, 200)).size() > 5, "full jitter spreads the delays");
    }

    @Test
    void pause_withZeroDelays_doesNotWait() {
        Backoff none = new Backoff(new RetryPolicy(3, Duration.ZERO, Duration.ZERO), pauses::add);
        none.pause(1);
        assertEquals(List.of(0L), pauses);
    }

    @Test
    void pause_whenInterrupted_throwsAndKeepsTheInterruptFlag() {
        Backoff interrupted = new Backoff(RetryPolicy.DEFAULT, millis -> {
            throw new InterruptedException("stop");
        });
        BaoException failure = assertThrows(BaoException.class, () -> interrupted.pause(1));
        assertTrue(Thread.interrupted(), "the interrupt flag is restored (and cleared here)");
        assertTrue(failure.getCause() instanceof InterruptedException);
    }

    @Test
    void maxAttempts_comesFromThePolicy() {
        assertEquals(8, backoff.maxAttempts());
    }
}
