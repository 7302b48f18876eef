package dev.dynamobao.spi;

import dev.dynamobao.BaoEntityManager;
import java.util.Optional;

/**
 * Engine SPI: the ambient unit of work of the current thread (the Java analog of the seed's
 * {@code runWithBatchContext}). Thread-confined, so concurrent requests never share one.
 */
public final class UnitOfWorkContext {

    private static final ThreadLocal<BaoEntityManager> CURRENT = new ThreadLocal<>();

    private UnitOfWorkContext() {
    }

    /** The ambient entity manager of this thread, if any. */
    public static Optional<BaoEntityManager> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Makes {@code entityManager} the ambient one of this thread and returns the previous one,
     * to be given back to {@link #restore(BaoEntityManager)}.
     */
    public static BaoEntityManager enter(BaoEntityManager entityManager) {
        BaoEntityManager previous = CURRENT.get();
        CURRENT.set(entityManager);
        return previous;
    }

    /** Restores the ambient entity manager returned by {@link #enter(BaoEntityManager)}. */
    public static void restore(BaoEntityManager previous) {
        if (previous == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(previous);
        }
    }
}
