package dev.dynamobao.engine.internal.tenant;

import dev.dynamobao.MissingTenantException;
import dev.dynamobao.MultiTenancy;
import dev.dynamobao.Tenant;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Finds the tenant of the current operation: the tenant entered on the thread, then the
 * configured resolvers in order, then the default. Without tenancy it always answers {@code null}.
 */
public final class TenantResolver {

    private final MultiTenancy settings;

    /** Creates a resolver for the factory's settings. */
    public TenantResolver(MultiTenancy settings) {
        this.settings = settings;
    }

    /** Whether keys are tenant-prefixed. */
    public boolean enabled() {
        return settings.isEnabled();
    }

    /**
     * The current tenant id, or {@code null} when tenancy is off.
     *
     * @throws MissingTenantException when tenancy is on and no tenant is known
     */
    public String current() {
        if (!settings.isEnabled()) {
            return null;
        }
        Optional<String> entered = Tenant.current();
        if (entered.isPresent()) {
            return entered.get();
        }
        for (Supplier<Optional<String>> resolver : settings.resolvers()) {
            Optional<String> resolved = resolver.get();
            if (resolved != null && resolved.isPresent()) {
                return Tenant.validate(resolved.get());
            }
        }
        return settings.defaultTenant().orElseThrow(() -> new MissingTenantException(
                "Multi-tenancy is enabled but no tenant is active: wrap the call in Tenant.run(\"tenant\", ...) or"
                        + " Tenant.enter(...), register a resolver, or configure a default tenant"));
    }
}
