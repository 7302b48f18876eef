package dev.dynamobao;

/**
 * Multi-tenancy is enabled but no tenant is active: no {@code Tenant.run}/{@code Tenant.enter}, no resolver answered and no default is configured. Never falls through to the shared space.
 */
public class MissingTenantException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming model, key and field. */
    public MissingTenantException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the underlying cause. */
    public MissingTenantException(String message, Throwable cause) {
        super(message, cause);
    }
}
