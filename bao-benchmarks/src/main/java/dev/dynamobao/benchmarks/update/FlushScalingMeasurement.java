package dev.dynamobao.benchmarks.update;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.Locale;

/**
 * {@link FlushScalingBenchmark}'s workloads timed in <em>CPU time of the flushing thread</em> rather than
 * wall time (a measurement run, not a JMH benchmark): on a shared, overloaded machine the wall time of a
 * 0.3 ms flush is mostly time spent waiting for a core, while the thread's CPU time stays what the flush
 * costs. After a warm-up case, for each source, kind, change and managed count: {@code warmup} flushes, then the median of
 * {@code rounds} rounds of {@code flushes} flushes, each flush checked to send exactly {@code dirty}
 * requests. Prints µs of CPU per flush and the ratio to the 100-managed case.
 *
 * <pre>
 * java -cp bao-benchmarks/target/benchmarks.jar dev.dynamobao.benchmarks.update.FlushScalingMeasurement 3000 5 500
 * </pre>
 */
public final class FlushScalingMeasurement {

    private static final int[] MANAGED = {100, 1_000, 10_000};

    private FlushScalingMeasurement() {
    }

    /**
     * Runs the measurement.
     *
     * @param args warm-up flushes per case (default 3000), rounds (5), flushes per round (500), kinds
     *     (comma-separated, default {@code setAndBinary,set,plain}), sources (default {@code loaded,persisted})
     */
    public static void main(String[] args) {
        int warmup = args.length > 0 ? Integer.parseInt(args[0]) : 3000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        int flushes = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        String[] kinds = (args.length > 3 ? args[3] : "setAndBinary,set,plain").split(",");
        String[] sources = (args.length > 4 ? args[4] : "loaded,persisted").split(",");
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        System.out.println("source, kind, change, managed: CPU us per flush of 10 dirty (median of " + rounds + " x "
                + flushes + "), ratio to 100 managed");
        measure(sources[0], kinds[0], "field", MANAGED[0], warmup, 1, flushes, threads); // warms the JIT up, not printed
        for (String source : sources) {
            for (String kind : kinds) {
                for (String change : new String[] {"field", "set"}) {
                    double base = 0;
                    for (int managed : MANAGED) {
                        double median = measure(source, kind, change, managed, warmup, rounds, flushes, threads);
                        if (managed == MANAGED[0]) {
                            base = median;
                        }
                        System.out.printf(Locale.ROOT, "%s, %s, %s, %d: %.1f us (%.2fx)%n", source, kind, change, managed,
                                median, median / base);
                    }
                }
            }
        }
    }

    private static double measure(String source, String kind, String change, int managed, int warmup, int rounds,
            int flushes, ThreadMXBean threads) {
        FlushScalingBenchmark workload = new FlushScalingBenchmark();
        workload.managed = managed;
        workload.dirty = 10;
        workload.kind = kind;
        workload.change = change;
        workload.source = source;
        workload.setUp();
        try {
            for (int i = 0; i < warmup; i++) {
                workload.flush();
            }
            workload.checkRequests();
            double[] perFlush = new double[rounds];
            for (int round = 0; round < rounds; round++) {
                long start = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < flushes; i++) {
                    workload.flush();
                }
                perFlush[round] = (threads.getCurrentThreadCpuTime() - start) / 1e3 / flushes;
                workload.checkRequests();
            }
            Arrays.sort(perFlush);
            return perFlush[rounds / 2];
        } finally {
            workload.tearDown();
        }
    }
}
