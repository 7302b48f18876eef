package dev.dynamobao.benchmarks.cpu;

import java.io.PrintStream;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.CommandLineOptionException;

/**
 * Runs {@link SideBySideBenchmark} (all twelve in one JMH run, with the GC profiler and
 * {@link CpuTimeProfiler}) and prints each operation as ratios to the raw SDK, of the best iteration
 * and of the mean: of wall time per call and of the worker thread's CPU time per call (less
 * disturbed by other processes on a shared machine), with the allocation per call. Takes JMH's usual options, e.g.
 * {@code java -cp benchmarks.jar dev.dynamobao.benchmarks.cpu.SideBySideRun -f 1 -wi 5 -w 2s -i 5 -r 2s}.
 */
public final class SideBySideRun {

    private static final String[] OPERATIONS = {"get", "put", "update", "query100"};
    private static final String[] CLIENTS = {"Raw", "Enhanced", "Bao"};
    private static final String CPU = "cpu.worker.norm";

    private SideBySideRun() {
    }

    /** Runs the benchmark and prints the ratio table. */
    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        Options options = new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(SideBySideBenchmark.class.getName() + "\\.")
                .addProfiler("gc")
                .addProfiler(CpuTimeProfiler.class)
                .build();
        Collection<RunResult> results = new Runner(options).run();
        print(results, System.out);
    }

    /** Prints the ratio table of {@code results} as Markdown. */
    public static void print(Collection<RunResult> results, PrintStream out) {
        Map<String, RunResult> byName = new TreeMap<>();
        for (RunResult result : results) {
            String label = result.getParams().getBenchmark();
            byName.put(label.substring(label.lastIndexOf('.') + 1), result);
        }
        out.println();
        out.println("| operation | client | wall best µs | wall mean µs ± error | wall best / raw | wall mean / raw"
                + " | CPU best µs | CPU mean µs | CPU best / raw | CPU mean / raw | B/op |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        for (String operation : OPERATIONS) {
            RunResult raw = byName.get(operation + "Raw");
            for (String client : CLIENTS) {
                RunResult result = byName.get(operation + client);
                if (result == null) {
                    continue;
                }
                Result<?> primary = result.getPrimaryResult();
                double cpuBest = best(result, CPU) / 1000;
                double cpuMean = mean(result, CPU) / 1000;
                out.println(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f ± %.2f | %s | %s | %.2f | %.2f | %s | %s | %,.0f |",
                        operation, client.toLowerCase(Locale.ROOT), best(result, null), primary.getScore(), primary.getScoreError(),
                        ratio(best(result, null), raw == null ? Double.NaN : best(raw, null)),
                        ratio(primary.getScore(), raw == null ? Double.NaN : raw.getPrimaryResult().getScore()),
                        cpuBest, cpuMean,
                        ratio(cpuBest, raw == null ? Double.NaN : best(raw, CPU) / 1000),
                        ratio(cpuMean, raw == null ? Double.NaN : mean(raw, CPU) / 1000),
                        mean(result, "gc.alloc.rate.norm")));
            }
        }
    }

    private static String ratio(double value, double raw) {
        return Double.isNaN(raw) ? "" : String.format(Locale.ROOT, "%.2f", value / raw);
    }

    /** The lowest iteration score over every fork: of the primary result, or of the secondary result {@code label}. */
    private static double best(RunResult result, String label) {
        double best = Double.MAX_VALUE;
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                Result<?> score = label == null ? iteration.getPrimaryResult() : secondary(iteration.getSecondaryResults(), label);
                if (score != null) {
                    best = Math.min(best, score.getScore());
                }
            }
        }
        return best == Double.MAX_VALUE ? Double.NaN : best;
    }

    /** The mean of the secondary result {@code label} over every iteration. */
    private static double mean(RunResult result, String label) {
        Result<?> score = secondary(result.getSecondaryResults(), label);
        return score == null ? Double.NaN : score.getScore();
    }

    @SuppressWarnings("rawtypes") // JMH's map of secondary results
    private static Result<?> secondary(Map<String, Result> results, String label) {
        for (Map.Entry<String, Result> secondary : results.entrySet()) {
            if (secondary.getKey().endsWith(label)) {
                return secondary.getValue();
            }
        }
        return null;
    }
}
