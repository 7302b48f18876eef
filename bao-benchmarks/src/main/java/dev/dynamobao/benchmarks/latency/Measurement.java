package dev.dynamobao.benchmarks.latency;

import java.util.Map;

/**
 * What one run of a workload cost.
 *
 * @param workload the row
 * @param requests the HTTP requests sent
 * @param byOperation the requests per DynamoDB operation
 * @param mostInFlight the most requests held at once
 * @param criticalPath the round trips on the critical path (see {@link DelayedStubHttpClient#roundTripsOnCriticalPath()})
 * @param wallNanos the wall time of the measured step
 * @param cpuNanos the CPU time of the whole process (all threads: SDK, library, JIT, GC) during the step
 * @param delayNanos the simulated round trip {@code D}
 */
public record Measurement(Workload workload, long requests, Map<String, Long> byOperation, int mostInFlight, int criticalPath, long wallNanos,
                          long cpuNanos, long delayNanos) {

    /** The wall time in round trips: {@code wall / D}. */
    public double roundTrips() {
        return (double) wallNanos / delayNanos;
    }

    /** The floor {@code ⌈requests / c⌉}. */
    public long floor() {
        return (requests + workload.concurrency() - 1) / workload.concurrency();
    }

    /** The target {@code 1.5 × ⌈requests / c⌉} round trips. */
    public double target() {
        return 1.5 * floor();
    }

    /** Whether the wall time is within the target. */
    public boolean meetsTarget() {
        return roundTrips() <= target();
    }
}
