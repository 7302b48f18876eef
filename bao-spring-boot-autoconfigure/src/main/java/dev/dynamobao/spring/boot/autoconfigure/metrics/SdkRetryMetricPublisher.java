package dev.dynamobao.spring.boot.autoconfigure.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollection;
import software.amazon.awssdk.metrics.MetricPublisher;

/**
 * Counts the AWS SDK's retries and throttled attempts of the auto-configured {@code DynamoDbClient}
 * (the SDK, not DynamoBao, retries throttled requests), from the SDK's own per-call metrics.
 */
public class SdkRetryMetricPublisher implements MetricPublisher {

    /** The SDK's {@code ERROR_TYPE} value of a throttled attempt. */
    private static final String THROTTLING = "Throttling";

    private final MeterRegistry registry;

    /** Creates the publisher recording into {@code registry}. */
    public SdkRetryMetricPublisher(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void publish(MetricCollection call) {
        String operation = first(call.metricValues(CoreMetric.OPERATION_NAME), "unknown");
        int retries = first(call.metricValues(CoreMetric.RETRY_COUNT), 0);
        if (retries > 0) {
            Counter.builder(BaoMeterNames.RETRIES).description("Retries the AWS SDK made of DynamoDB requests")
                    .tag(BaoMeterNames.OPERATION, operation).register(registry).increment(retries);
        }
        long throttled = call.children().stream()
                .flatMap(attempt -> attempt.metricValues(CoreMetric.ERROR_TYPE).stream())
                .filter(THROTTLING::equals).count();
        if (throttled > 0) {
            Counter.builder(BaoMeterNames.THROTTLES).description("DynamoDB request attempts answered with throttling")
                    .tag(BaoMeterNames.OPERATION, operation).register(registry).increment(throttled);
        }
    }

    private static <T> T first(List<T> values, T otherwise) {
        return values.isEmpty() || values.get(0) == null ? otherwise : values.get(0);
    }

    @Override
    public void close() {
    }
}
