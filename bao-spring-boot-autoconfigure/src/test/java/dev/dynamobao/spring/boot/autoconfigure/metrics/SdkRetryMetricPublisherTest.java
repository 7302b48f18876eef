package dev.dynamobao.spring.boot.autoconfigure.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.metrics.CoreMetric;
import software.amazon.awssdk.metrics.MetricCollector;

/**
 * Throttling cannot be produced on demand by a DynamoDB server, so these tests hand the publisher
 * the SDK's own metric collections as the SDK builds them for a call with throttled attempts.
 */
class SdkRetryMetricPublisherTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final SdkRetryMetricPublisher publisher = new SdkRetryMetricPublisher(registry);

    @Test
    void aCallRetriedAfterTwoThrottledAttempts_countsTwoRetriesAndTwoThrottles() {
        MetricCollector call = MetricCollector.create("ApiCall");
        call.reportMetric(CoreMetric.OPERATION_NAME, "BatchGetItem");
        call.reportMetric(CoreMetric.RETRY_COUNT, 2);
        call.createChild("ApiCallAttempt").reportMetric(CoreMetric.ERROR_TYPE, "Throttling");
        call.createChild("ApiCallAttempt").reportMetric(CoreMetric.ERROR_TYPE, "Throttling");
        call.createChild("ApiCallAttempt");
        publisher.publish(call.collect());
        assertThat(registry.get(BaoMeterNames.RETRIES).tag("operation", "BatchGetItem").counter().count()).isEqualTo(2.0);
        assertThat(registry.get(BaoMeterNames.THROTTLES).tag("operation", "BatchGetItem").counter().count()).isEqualTo(2.0);
    }

    @Test
    void aCallRetriedAfterAServerError_countsARetryButNoThrottle() {
        MetricCollector call = MetricCollector.create("ApiCall");
        call.reportMetric(CoreMetric.OPERATION_NAME, "PutItem");
        call.reportMetric(CoreMetric.RETRY_COUNT, 1);
        call.createChild("ApiCallAttempt").reportMetric(CoreMetric.ERROR_TYPE, "ServerError");
        call.createChild("ApiCallAttempt");
        publisher.publish(call.collect());
        assertThat(registry.get(BaoMeterNames.RETRIES).tag("operation", "PutItem").counter().count()).isEqualTo(1.0);
        assertThat(registry.find(BaoMeterNames.THROTTLES).counter()).isNull();
    }

    @Test
    void aCallThatSucceededAtOnce_recordsNothing() {
        MetricCollector call = MetricCollector.create("ApiCall");
        call.reportMetric(CoreMetric.OPERATION_NAME, "GetItem");
        call.reportMetric(CoreMetric.RETRY_COUNT, 0);
        call.createChild("ApiCallAttempt");
        publisher.publish(call.collect());
        assertThat(registry.getMeters()).isEmpty();
    }
}
