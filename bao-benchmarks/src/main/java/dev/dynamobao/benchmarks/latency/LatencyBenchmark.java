package dev.dynamobao.benchmarks.latency;

import com.sun.management.OperatingSystemMXBean;
import dev.dynamobao.BaoConfiguration;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The latency benchmark of issue 20 (a measurement run, not JMH: the cost is round trips). Every
 * request is held {@code D} ms by a {@link DelayedStubHttpClient} before an in-memory
 * {@link StubDynamoDb} answers it; there is no server, so the wall time counts round trips and the
 * client's own CPU. For each workload it prints the requests, the most in flight at once, the wall
 * time, the wall time in round trips ({@code wall / D}) and the target
 * {@code 1.5 × ⌈requests / c⌉}, with the process CPU time beside it (what the wall time holds
 * beyond the round trips) and the round trips on the critical path (the request pattern alone, no
 * CPU), as the median of several rounds, each in a fresh rig, after warm-up
 * rounds with no delay.
 *
 * <pre>
 * mvn -B -q -pl bao-benchmarks -am package -DskipTests -Platency -Dlatency.delayMs=50 -Dlatency.rounds=3
 * # or, once packaged:
 * java -cp bao-benchmarks/target/benchmarks.jar dev.dynamobao.benchmarks.latency.LatencyBenchmark 50 3
 * </pre>
 */
public final class LatencyBenchmark {

    /** Rounds of every workload with no delay before measuring (class loading, JIT). */
    private static final int WARM_UP_ROUNDS = 2;

    private static final OperatingSystemMXBean PROCESS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private LatencyBenchmark() {
    }

    /**
     * Runs every workload and prints the table.
     *
     * @param args the round trip {@code D} in ms (default 50, the proxy), the measured rounds
     *     (default 3), the factory's {@code maxConcurrency} (default
     *     {@link BaoConfiguration#DEFAULT_MAX_CONCURRENCY})
     */
    public static void main(String[] args) throws Exception {
        long delayMs = args.length > 0 ? Long.parseLong(args[0]) : 50;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int concurrency = args.length > 2 ? Integer.parseInt(args[2]) : BaoConfiguration.DEFAULT_MAX_CONCURRENCY;
        Duration delay = Duration.ofMillis(delayMs);
        List<Workload> workloads = Workloads.all(concurrency);
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            for (Workload workload : workloads) {
                run(workload, Duration.ZERO, concurrency);
            }
        }
        List<Measurement> medians = new ArrayList<>();
        for (Workload workload : workloads) {
            List<Measurement> runs = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                runs.add(run(workload, delay, concurrency));
            }
            runs.sort(Comparator.comparingLong(Measurement::wallNanos));
            medians.add(runs.get(runs.size() / 2));
        }
        System.out.print(table(medians, delayMs, rounds, concurrency));
    }

    /**
     * Runs {@code workload} once in a fresh rig whose factory keeps {@code maxConcurrency} requests in
     * flight, holding each measured request {@code delay}.
     */
    static Measurement run(Workload workload, Duration delay, int maxConcurrency) throws Exception {
        try (LatencyRig rig = new LatencyRig(maxConcurrency)) {
            Runnable step = workload.preparer().prepare(rig);
            rig.http().hold(DelayedStubHttpClient.Hold.sleep(delay));
            rig.http().reset();
            long cpuStart = PROCESS.getProcessCpuTime();
            long start = System.nanoTime();
            step.run();
            long wall = System.nanoTime() - start;
            long cpu = PROCESS.getProcessCpuTime() - cpuStart;
            rig.http().hold(DelayedStubHttpClient.Hold.none());
            return new Measurement(workload, rig.http().requests(), rig.http().requestsByOperation(), rig.http().mostInFlight(),
                    rig.http().roundTripsOnCriticalPath(), wall,
                    cpu, Math.max(1, delay.toNanos()));
        }
    }

    /** The Markdown table of {@code measurements}. */
    static String table(List<Measurement> measurements, long delayMs, int rounds, int concurrency) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%nD = %d ms per request, median of %d rounds, c = %d (library), JDK %s%n%n", delayMs, rounds,
                concurrency, Runtime.version()));
        out.append("| workload | requests | most in flight | wall time | in round trips | target 1.5 × ⌈requests / c⌉ | process CPU"
                + " | round trips on the critical path |\n");
        out.append("|---|---:|---:|---:|---:|---|---:|---:|\n");
        for (Measurement m : measurements) {
            String target = String.format(Locale.ROOT, "%.1f (c = %d)", m.target(), m.workload().concurrency());
            if (m.workload().targeted()) {
                target += m.meetsTarget() ? " **met**" : " not met";
            }
            out.append(String.format(Locale.ROOT, "| %s | %d (%s) | %d | %.2f s | %.1f | %s | %.2f s | %d |%n", m.workload().name(), m.requests(),
                    m.byOperation().entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")),
                    m.mostInFlight(), m.wallNanos() / 1e9, m.roundTrips(), target, m.cpuNanos() / 1e9,
                    m.criticalPath()));
        }
        return out.toString();
    }
}
