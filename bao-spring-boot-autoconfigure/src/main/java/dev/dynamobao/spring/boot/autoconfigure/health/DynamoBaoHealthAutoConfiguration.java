package dev.dynamobao.spring.boot.autoconfigure.health;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.spring.boot.autoconfigure.DynamoBaoAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code dynamobao} health indicator ({@link DynamoBaoHealthIndicator}); off with
 * {@code management.health.dynamobao.enabled=false}.
 */
@AutoConfiguration(after = DynamoBaoAutoConfiguration.class)
@ConditionalOnClass(HealthIndicator.class)
@ConditionalOnBean(BaoEntityManagerFactory.class)
@ConditionalOnEnabledHealthIndicator("dynamobao")
public class DynamoBaoHealthAutoConfiguration {

    /** Creates the auto-configuration. */
    public DynamoBaoHealthAutoConfiguration() {
    }

    /** The table's health, shown as {@code dynamobao} under {@code /actuator/health}. */
    @Bean
    @ConditionalOnMissingBean(name = "dynamobaoHealthIndicator")
    public DynamoBaoHealthIndicator dynamobaoHealthIndicator(BaoEntityManagerFactory factory) {
        return new DynamoBaoHealthIndicator(factory);
    }
}
