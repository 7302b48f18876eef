package dev.dynamobao.benchmarks.cpu;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting CPU time per operation, which a machine shared with other work disturbs
 * far less than wall time: {@code cpu.worker.norm} is the CPU time of the benchmark's worker
 * threads (the code under test alone), {@code cpu.process.norm} that of the whole forked JVM
 * (adding GC and JIT threads). Both in ns per operation, over every operation of the iteration.
 */
public final class CpuTimeProfiler implements InternalProfiler {

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    private final com.sun.management.OperatingSystemMXBean system =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private Map<Long, Long> workerStart = new HashMap<>();
    private long processStart;

    /** Created by JMH. */
    public CpuTimeProfiler() {
    }

    @Override
    public String getDescription() {
        return "CPU time per operation: benchmark worker threads and whole process";
    }

    @Override
    public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
        workerStart = workerTimes();
        processStart = system.getProcessCpuTime();
    }

    @Override
    @SuppressWarnings("rawtypes") // JMH's signature
    public List<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
                                                IterationResult result) {
        long process = system.getProcessCpuTime() - processStart;
        long worker = 0;
        for (Map.Entry<Long, Long> now : workerTimes().entrySet()) {
            worker += now.getValue() - workerStart.getOrDefault(now.getKey(), 0L);
        }
        double ops = Math.max(1, result.getMetadata().getAllOps());
        return List.of(new ScalarResult("cpu.worker.norm", worker / ops, "ns/op", AggregationPolicy.AVG),
                new ScalarResult("cpu.process.norm", process / ops, "ns/op", AggregationPolicy.AVG));
    }

    private Map<Long, Long> workerTimes() {
        Map<Long, Long> times = new HashMap<>();
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null && info.getThreadName().contains("jmh-worker")) {
                long cpu = threads.getThreadCpuTime(info.getThreadId());
                if (cpu >= 0) {
                    times.put(info.getThreadId(), cpu);
                }
            }
        }
        return times;
    }
}
