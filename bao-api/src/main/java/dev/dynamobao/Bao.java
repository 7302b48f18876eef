package dev.dynamobao;

import dev.dynamobao.spi.UnitOfWorkContext;

/**
 * Entry point of DynamoBao.
 *
 * <pre>{@code
 * BaoEntityManagerFactory bao = Bao.configure().table("my-app").entities(User.class).build();
 * }</pre>
 */
public final class Bao {

    private Bao() {
    }

    /** Starts configuring a factory. */
    public static BaoConfiguration.Builder configure() {
        return BaoConfiguration.builder();
    }

    /**
     * Whether the current thread runs inside {@code runInUnitOfWork} (the analog of the seed's
     * {@code isInsideBatchContext}).
     */
    public static boolean isInsideUnitOfWork() {
        return UnitOfWorkContext.current().isPresent();
    }
}
