package dev.dynamobao.benchmarks.latency;

/**
 * One row of the latency table: what it does, the concurrency {@code c} its floor
 * {@code ⌈requests / c⌉} assumes, and whether issue 20 sets it the target
 * {@code 1.5 × ⌈requests / c⌉} round trips.
 *
 * @param name the row label
 * @param concurrency the {@code c} of the row (the library's setting, or the raw client's threads)
 * @param targeted whether the target applies to this row
 * @param preparer loads the data (not measured) and returns the measured step
 */
public record Workload(String name, int concurrency, boolean targeted, Preparer preparer) {

    /** Loads what a workload needs into a fresh rig, with no delay, and returns what is measured. */
    @FunctionalInterface
    public interface Preparer {

        /** Prepares {@code rig}; the returned step runs with the delay on and is timed. */
        Runnable prepare(LatencyRig rig) throws Exception;
    }
}
