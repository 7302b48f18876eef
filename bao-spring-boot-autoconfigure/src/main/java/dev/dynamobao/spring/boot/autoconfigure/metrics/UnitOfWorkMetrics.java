package dev.dynamobao.spring.boot.autoconfigure.metrics;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.spring.boot.autoconfigure.web.UnitOfWorkObserver;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records each per-request unit of work (its duration and outcome) and how many DynamoDB requests
 * it sent. The requests are counted by the unit of work itself
 * ({@link BaoEntityManager#requestCount()}), so the independent requests of a flush or a batch
 * read, sent together on the factory's request threads, count for the HTTP request that caused
 * them, whichever thread sent them.
 */
public class UnitOfWorkMetrics implements UnitOfWorkObserver {

    private final MeterRegistry registry;

    /** Creates the metrics recording into {@code registry}. */
    public UnitOfWorkMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public Handle opened() {
        Timer.Sample sample = Timer.start(registry);
        return new Handle() {
            private BaoEntityManager entityManager;

            @Override
            public void entered(BaoEntityManager unitOfWork) {
                this.entityManager = unitOfWork;
            }

            @Override
            public void closed(String outcome) {
                sample.stop(Timer.builder(BaoMeterNames.UNITS_OF_WORK)
                        .description("Units of work opened for HTTP requests")
                        .tag(BaoMeterNames.OUTCOME, outcome).register(registry));
                DistributionSummary.builder(BaoMeterNames.REQUESTS_PER_UNIT_OF_WORK)
                        .description("DynamoDB requests sent within one HTTP request's unit of work")
                        .tag(BaoMeterNames.OUTCOME, outcome).register(registry)
                        .record(entityManager == null ? 0 : entityManager.requestCount());
            }
        };
    }
}
