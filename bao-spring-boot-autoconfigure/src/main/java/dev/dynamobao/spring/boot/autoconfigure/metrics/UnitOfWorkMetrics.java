package dev.dynamobao.spring.boot.autoconfigure.metrics;

import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.metrics.RequestListener;
import dev.dynamobao.spring.boot.autoconfigure.web.UnitOfWorkObserver;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records each per-request unit of work (its duration and outcome) and how many DynamoDB requests
 * it sent. Requests are counted on the thread that opened the unit of work, where the engine sends
 * them.
 */
public class UnitOfWorkMetrics implements UnitOfWorkObserver, RequestListener {

    private final MeterRegistry registry;
    private final ThreadLocal<long[]> open = new ThreadLocal<>();

    /** Creates the metrics recording into {@code registry}. */
    public UnitOfWorkMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onRequest(RequestEvent event) {
        long[] counts = open.get();
        if (counts != null && event.operation() != DynamoOperation.TABLE_MANAGEMENT) {
            counts[0]++;
        }
    }

    @Override
    public Handle opened() {
        long[] previous = open.get();
        long[] counts = {0};
        open.set(counts);
        Timer.Sample sample = Timer.start(registry);
        return outcome -> {
            if (previous == null) {
                open.remove();
            } else {
                open.set(previous);
            }
            sample.stop(Timer.builder(BaoMeterNames.UNITS_OF_WORK)
                    .description("Units of work opened for HTTP requests")
                    .tag(BaoMeterNames.OUTCOME, outcome).register(registry));
            DistributionSummary.builder(BaoMeterNames.REQUESTS_PER_UNIT_OF_WORK)
                    .description("DynamoDB requests sent within one HTTP request's unit of work")
                    .tag(BaoMeterNames.OUTCOME, outcome).register(registry).record(counts[0]);
        };
    }
}
