package dev.dynamobao.engine.internal.concurrent;

/**
 * How one task of {@link RequestThreads#runAll} ended: its value, or what it threw.
 *
 * @param value the task's result when it succeeded (may be {@code null})
 * @param failure what the task threw, {@code null} when it succeeded
 * @param <T> the result type
 */
public record Settled<T>(T value, Throwable failure) {

    static <T> Settled<T> success(T value) {
        return new Settled<>(value, null);
    }

    static <T> Settled<T> failed(Throwable failure) {
        return new Settled<>(null, failure);
    }

    /** Whether the task returned normally. */
    public boolean succeeded() {
        return failure == null;
    }
}
