package dev.dynamobao;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The tenant of the current thread, for multi-tenant factories ({@code LAYOUT.md} §11).
 *
 * <pre>{@code
 * Tenant.run("acme", () -> em.persist(user));
 * try (Tenant.Scope scope = Tenant.enter("acme")) { ... }
 * }</pre>
 *
 * <p>Thread-confined: a tenant entered on one thread is never seen by another. Tenant ids must
 * be non-empty and must not contain {@code [}, {@code ]} or {@code #}.
 */
public final class Tenant {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private Tenant() {
    }

    /** The tenant entered on this thread, if any (resolvers and the default are not consulted). */
    public static Optional<String> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /**
     * Makes {@code tenantId} current until the returned scope is closed, which restores the
     * previous tenant.
     *
     * @throws ValidationException when the id is empty or contains {@code [}, {@code ]} or {@code #}
     */
    public static Scope enter(String tenantId) {
        validate(tenantId);
        String previous = CURRENT.get();
        CURRENT.set(tenantId);
        return new Scope(previous);
    }

    /** Runs {@code action} with {@code tenantId} current. */
    public static void run(String tenantId, Runnable action) {
        Scope scope = enter(tenantId);
        try {
            action.run();
        } finally {
            scope.close();
        }
    }

    /** Computes {@code action} with {@code tenantId} current. */
    public static <T> T call(String tenantId, Supplier<T> action) {
        Scope scope = enter(tenantId);
        try {
            return action.get();
        } finally {
            scope.close();
        }
    }

    /**
     * Checks a tenant id against {@code LAYOUT.md} §16.
     *
     * @throws ValidationException when it is empty or contains a reserved character
     */
    public static String validate(String tenantId) {
        Objects.requireNonNull(tenantId, "tenantId");
        if (tenantId.isEmpty() || tenantId.indexOf('[') >= 0 || tenantId.indexOf(']') >= 0 || tenantId.indexOf('#') >= 0) {
            throw new ValidationException("Invalid tenant id '" + tenantId
                    + "': it must be non-empty and must not contain '[', ']' or '#'");
        }
        return tenantId;
    }

    /** An entered tenant; closing it restores the tenant that was current before. */
    public static final class Scope implements AutoCloseable {
        private final String previous;
        private boolean closed;

        private Scope(String previous) {
            this.previous = previous;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (previous == null) {
                    CURRENT.remove();
                } else {
                    CURRENT.set(previous);
                }
            }
        }
    }
}
