package dev.dynamobao.spring.boot.autoconfigure.metrics;

import dev.dynamobao.spring.boot.autoconfigure.DynamoBaoAutoConfiguration;
import dev.dynamobao.spring.boot.autoconfigure.DynamoDbClientCustomizer;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Micrometer metrics of DynamoBao when the application has a {@link MeterRegistry} (Actuator):
 * request timers and capacity counters ({@link MicrometerRequestListener}), units of work per HTTP
 * request ({@link UnitOfWorkMetrics}), SDK retries and throttles ({@link SdkRetryMetricPublisher},
 * attached to the auto-configured client). Off with {@code dynamobao.metrics.enabled=false}.
 */
@AutoConfiguration(before = DynamoBaoAutoConfiguration.class, afterName = {
        "org.springframework.boot.micrometer.metrics.autoconfigure.MetricsAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
        "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"})
@ConditionalOnClass({MeterRegistry.class, DynamoDbClient.class})
@ConditionalOnBean(MeterRegistry.class)
@ConditionalOnBooleanProperty(name = "dynamobao.metrics.enabled", matchIfMissing = true)
public class DynamoBaoMetricsAutoConfiguration {

    /** Creates the auto-configuration. */
    public DynamoBaoMetricsAutoConfiguration() {
    }

    /** Request timers and capacity counters. */
    @Bean
    @ConditionalOnMissingBean
    public MicrometerRequestListener baoMicrometerRequestListener(MeterRegistry registry) {
        return new MicrometerRequestListener(registry);
    }

    /** Units of work per HTTP request. */
    @Bean
    @ConditionalOnMissingBean
    public UnitOfWorkMetrics baoUnitOfWorkMetrics(MeterRegistry registry) {
        return new UnitOfWorkMetrics(registry);
    }

    /** SDK retries and throttles, for the auto-configured client. */
    @Bean
    @ConditionalOnMissingBean
    public SdkRetryMetricPublisher baoSdkRetryMetricPublisher(MeterRegistry registry) {
        return new SdkRetryMetricPublisher(registry);
    }

    /** Attaches {@link SdkRetryMetricPublisher} to the auto-configured client. */
    @Bean
    public DynamoDbClientCustomizer baoSdkMetricsCustomizer(SdkRetryMetricPublisher publisher) {
        return builder -> builder.overrideConfiguration(
                builder.overrideConfiguration().toBuilder().addMetricPublisher(publisher).build());
    }
}
