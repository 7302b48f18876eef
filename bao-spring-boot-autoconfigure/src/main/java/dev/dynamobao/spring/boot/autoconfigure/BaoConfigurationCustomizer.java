package dev.dynamobao.spring.boot.autoconfigure;

import dev.dynamobao.BaoConfiguration;

/**
 * A bean that adjusts the builder of the auto-configured {@code BaoEntityManagerFactory} after the
 * {@code dynamobao.*} properties were applied: converters, tenant resolvers, more entities.
 *
 * <pre>{@code
 * @Bean BaoConfigurationCustomizer money() {
 *     return builder -> builder.converter(Money.class, new MoneyConverter());
 * }
 * }</pre>
 */
@FunctionalInterface
public interface BaoConfigurationCustomizer {

    /** Adjusts {@code builder}; called in {@code @Order} order. */
    void customize(BaoConfiguration.Builder builder);
}
