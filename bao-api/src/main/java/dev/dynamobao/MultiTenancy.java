package dev.dynamobao;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Multi-tenancy settings of a factory. Off by default; when on, every key is prefixed with
 * {@code [tenant]#} ({@code LAYOUT.md} §11) and the tenant comes, in this order, from
 * {@link Tenant#enter}, from the resolvers, then from the default; with none of them an operation
 * fails with {@link MissingTenantException}.
 *
 * <pre>{@code
 * MultiTenancy.enabled().resolver(() -> Optional.ofNullable(RequestHolder.tenant())).build()
 * }</pre>
 */
public final class MultiTenancy {

    private static final MultiTenancy DISABLED = new MultiTenancy(false, List.of(), null);

    private final boolean enabled;
    private final List<Supplier<Optional<String>>> resolvers;
    private final String defaultTenant;

    private MultiTenancy(boolean enabled, List<Supplier<Optional<String>>> resolvers, String defaultTenant) {
        this.enabled = enabled;
        this.resolvers = List.copyOf(resolvers);
        this.defaultTenant = defaultTenant;
    }

    /** Single-tenant: no key is prefixed. */
    public static MultiTenancy disabled() {
        return DISABLED;
    }

    /** Starts the settings of a multi-tenant factory. */
    public static Builder enabled() {
        return new Builder();
    }

    /** Whether keys are tenant-prefixed. */
    public boolean isEnabled() {
        return enabled;
    }

    /** Resolvers tried in order when no tenant was entered on the thread. */
    public List<Supplier<Optional<String>>> resolvers() {
        return resolvers;
    }

    /** The tenant used when nothing else gives one. */
    public Optional<String> defaultTenant() {
        return Optional.ofNullable(defaultTenant);
    }

    /** Builder of enabled multi-tenancy settings. */
    public static final class Builder {
        private final List<Supplier<Optional<String>>> resolvers = new ArrayList<>();
        private String defaultTenant;

        private Builder() {
        }

        /** Adds a resolver, tried after those added before. */
        public Builder resolver(Supplier<Optional<String>> resolver) {
            resolvers.add(Objects.requireNonNull(resolver, "resolver"));
            return this;
        }

        /** The tenant used when no tenant is entered and no resolver answers. */
        public Builder defaultTenant(String tenantId) {
            this.defaultTenant = Tenant.validate(tenantId);
            return this;
        }

        /** Builds the settings. */
        public MultiTenancy build() {
            return new MultiTenancy(true, resolvers, defaultTenant);
        }
    }
}
