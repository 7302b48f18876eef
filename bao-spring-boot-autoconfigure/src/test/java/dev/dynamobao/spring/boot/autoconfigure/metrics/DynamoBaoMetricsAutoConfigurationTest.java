package dev.dynamobao.spring.boot.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.spring.boot.autoconfigure.DynamoBaoAutoConfiguration;
import dev.dynamobao.spring.boot.autoconfigure.fixture.blog.Author;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

class DynamoBaoMetricsAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DynamoBaoAutoConfiguration.class, DynamoBaoMetricsAutoConfiguration.class))
            .withUserConfiguration(BlogApplication.class)
            .withPropertyValues("dynamobao.check-table=false", "dynamobao.region=eu-west-1");

    @Configuration(proxyBeanMethods = false)
    @AutoConfigurationPackage(basePackageClasses = Author.class)
    static class BlogApplication {
    }

    @Configuration(proxyBeanMethods = false)
    static class Registry {
        @Bean
        MeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }

    @Test
    void withMeterRegistry_listenersAreRegisteredInTheFactoryAndThePublisherOnTheClient() {
        runner.withUserConfiguration(Registry.class).run(context -> {
            assertThat(context).hasSingleBean(MicrometerRequestListener.class).hasSingleBean(UnitOfWorkMetrics.class)
                    .hasSingleBean(SdkRetryMetricPublisher.class);
            BaoEntityManagerFactory factory = context.getBean(BaoEntityManagerFactory.class);
            // UnitOfWorkMetrics counts through each unit of work (UnitOfWorkMetricsTest), not as a listener.
            assertThat(factory.configuration().requestListeners()).contains(context.getBean(MicrometerRequestListener.class));
            assertThat(context.getBean(DynamoDbClient.class).serviceClientConfiguration().overrideConfiguration().metricPublishers())
                    .contains(context.getBean(SdkRetryMetricPublisher.class));
        });
    }

    @Test
    void withoutMeterRegistry_recordsNothing() {
        runner.run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MicrometerRequestListener.class));
    }

    @Test
    void whenDisabledByProperty_recordsNothing() {
        runner.withUserConfiguration(Registry.class).withPropertyValues("dynamobao.metrics.enabled=false")
                .run(context -> assertThat(context).doesNotHaveBean(MicrometerRequestListener.class)
                        .doesNotHaveBean(SdkRetryMetricPublisher.class));
    }

    @Test
    void requestListener_recordsATimerPerOperationModelAndOutcome_andCapacityCounters() {
        SimpleMeterRegistry registry = new SimpleMeterRegistry();
        MicrometerRequestListener listener = new MicrometerRequestListener(registry);
        listener.onRequest(new RequestEvent(DynamoOperation.BATCH_GET_ITEM, "t", 3, new ConsumedCapacity(1.5, 0),
                Duration.ofMillis(4), true, "User"));
        listener.onRequest(new RequestEvent(DynamoOperation.BATCH_GET_ITEM, "t", 3, new ConsumedCapacity(0.5, 0),
                Duration.ofMillis(6), true, "User"));
        listener.onRequest(new RequestEvent(DynamoOperation.UPDATE_ITEM, "t", 1, ConsumedCapacity.ZERO,
                Duration.ofMillis(2), false, "Post"));
        assertThat(registry.get(BaoMeterNames.REQUESTS).tags("operation", "BatchGetItem", "model", "User", "outcome", "success")
                .timer().count()).isEqualTo(2);
        assertThat(registry.get(BaoMeterNames.REQUESTS).tags("operation", "UpdateItem", "model", "Post", "outcome", "error")
                .timer().count()).isEqualTo(1);
        assertThat(registry.get(BaoMeterNames.READ_CAPACITY).tags("operation", "BatchGetItem", "model", "User")
                .counter().count()).isEqualTo(2.0);
        assertThat(registry.find(BaoMeterNames.WRITE_CAPACITY).counter()).isNull();
    }
}
