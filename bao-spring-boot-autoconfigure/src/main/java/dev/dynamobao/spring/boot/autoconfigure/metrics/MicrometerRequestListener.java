package dev.dynamobao.spring.boot.autoconfigure.metrics;

import dev.dynamobao.metrics.RequestEvent;
import dev.dynamobao.metrics.RequestListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Records every DynamoDB request of the factory: a timer per operation, model and outcome, and the
 * consumed read and write capacity units as counters (see {@link BaoMeterNames}).
 */
public class MicrometerRequestListener implements RequestListener {

    private final MeterRegistry registry;

    /** Creates the listener recording into {@code registry}. */
    public MicrometerRequestListener(MeterRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onRequest(RequestEvent event) {
        String operation = OperationNames.of(event.operation());
        String model = event.model();
        Timer.builder(BaoMeterNames.REQUESTS)
                .description("DynamoDB requests sent by DynamoBao")
                .tag(BaoMeterNames.OPERATION, operation)
                .tag(BaoMeterNames.MODEL, model)
                .tag(BaoMeterNames.OUTCOME, event.succeeded() ? "success" : "error")
                .register(registry)
                .record(event.latency());
        if (event.capacity().readUnits() > 0) {
            Counter.builder(BaoMeterNames.READ_CAPACITY).baseUnit("capacity.units")
                    .description("Read capacity units DynamoDB reported as consumed")
                    .tag(BaoMeterNames.OPERATION, operation).tag(BaoMeterNames.MODEL, model)
                    .register(registry).increment(event.capacity().readUnits());
        }
        if (event.capacity().writeUnits() > 0) {
            Counter.builder(BaoMeterNames.WRITE_CAPACITY).baseUnit("capacity.units")
                    .description("Write capacity units DynamoDB reported as consumed")
                    .tag(BaoMeterNames.OPERATION, operation).tag(BaoMeterNames.MODEL, model)
                    .register(registry).increment(event.capacity().writeUnits());
        }
    }
}
