package dev.dynamobao.benchmarks.cpu;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The operations of {@link SideBySideBenchmark} measured interleaved in one thread, for a machine
 * whose load changes from second to second: each round runs a short chunk of every operation of
 * every client in turn (the clients' order rotating), timing the thread's CPU, wall time and
 * allocation per chunk. The ratio to raw is taken within each round (the chunks ran seconds apart
 * at most, under the same load) and its median over the rounds is reported, with the best chunk.
 * JMH runs the benchmarks one after another, minutes apart, so on a shared machine their ratios
 * mix different loads; this complements it.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.dynamobao.benchmarks.cpu.SideBySideInterleaved [warm-up s] [measured s]}
 */
public final class SideBySideInterleaved {

    private static final String[] OPERATIONS = {"get", "put", "update", "query100"};
    private static final String[] CLIENTS = {"raw", "enhanced", "bao"};

    private final SideBySide clients = new SideBySide(false);
    private final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final String[] values = {"changed value A", "changed value B"};
    private long next;
    private Object sink;

    private SideBySideInterleaved() {
    }

    /** Runs the warm-up and the measured rounds and prints the table. */
    public static void main(String[] args) {
        long warmUp = args.length > 0 ? Long.parseLong(args[0]) : 60;
        long measured = args.length > 1 ? Long.parseLong(args[1]) : 120;
        SideBySideInterleaved run = new SideBySideInterleaved();
        try {
            run.rounds(warmUp, null);
            List<double[][][]> rounds = new ArrayList<>();
            run.rounds(measured, rounds);
            print(rounds, System.out);
        } finally {
            run.clients.close();
        }
    }

    /** Runs rounds for {@code seconds}, adding each round's [operation][client][cpu, wall, bytes] per call to {@code into}. */
    private void rounds(long seconds, List<double[][][]> into) {
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        int round = 0;
        while (System.nanoTime() < end) {
            double[][][] result = new double[OPERATIONS.length][CLIENTS.length][];
            for (int operation = 0; operation < OPERATIONS.length; operation++) {
                for (int turn = 0; turn < CLIENTS.length; turn++) {
                    int client = (turn + round) % CLIENTS.length;
                    result[operation][client] = chunk(operation, client);
                }
            }
            if (into != null) {
                into.add(result);
            }
            round++;
        }
    }

    private double[] chunk(int operation, int client) {
        int calls = operation == 3 ? 10 : 200;
        long thread = Thread.currentThread().getId();
        long bytes = threads.getThreadAllocatedBytes(thread);
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        for (int i = 0; i < calls; i++) {
            call(operation, client);
        }
        long wallEnd = System.nanoTime();
        long cpuEnd = threads.getCurrentThreadCpuTime();
        long bytesEnd = threads.getThreadAllocatedBytes(thread);
        return new double[] {(cpuEnd - cpu) / (double) calls, (wallEnd - wall) / (double) calls, (bytesEnd - bytes) / (double) calls};
    }

    private void call(int operation, int client) {
        String value = values[(int) (next & 1)];
        String id = "put-" + next++;
        switch (OPERATIONS[operation] + " " + CLIENTS[client]) {
            case "get raw" -> sink = clients.rawGet();
            case "get enhanced" -> sink = clients.enhancedGet();
            case "get bao" -> sink = clients.baoGet();
            case "put raw" -> clients.rawPut(id);
            case "put enhanced" -> clients.enhancedPut(id);
            case "put bao" -> clients.baoPut(id);
            case "update raw" -> clients.rawUpdate(value);
            case "update enhanced" -> sink = clients.enhancedUpdate(value);
            case "update bao" -> clients.baoUpdate(value);
            case "query100 raw" -> sink = clients.rawQuery();
            case "query100 enhanced" -> sink = clients.enhancedQuery();
            case "query100 bao" -> sink = clients.baoQuery();
            default -> throw new IllegalStateException("unknown operation");
        }
        if (sink == this) {
            throw new IllegalStateException("never");
        }
    }

    private static void print(List<double[][][]> rounds, PrintStream out) {
        out.println();
        out.println("Interleaved, " + rounds.size() + " rounds; CPU = the thread's CPU time per call; ratios are medians of the"
                + " per-round ratios to raw");
        out.println();
        out.println("| operation | client | CPU best µs | CPU median µs | CPU best / raw | CPU median ratio | wall median ratio | B/op |");
        out.println("|---|---|---:|---:|---:|---:|---:|---:|");
        for (int operation = 0; operation < OPERATIONS.length; operation++) {
            for (int client = 0; client < CLIENTS.length; client++) {
                List<Double> cpu = new ArrayList<>();
                List<Double> cpuRatio = new ArrayList<>();
                List<Double> wallRatio = new ArrayList<>();
                List<Double> bytes = new ArrayList<>();
                double rawBest = Double.MAX_VALUE;
                for (double[][][] round : rounds) {
                    double[] mine = round[operation][client];
                    double[] raw = round[operation][0];
                    cpu.add(mine[0]);
                    cpuRatio.add(mine[0] / raw[0]);
                    wallRatio.add(mine[1] / raw[1]);
                    bytes.add(mine[2]);
                    rawBest = Math.min(rawBest, raw[0]);
                }
                double best = Collections.min(cpu);
                out.println(String.format(Locale.ROOT, "| %s | %s | %.2f | %.2f | %.2f | %.2f | %.2f | %,.0f |", OPERATIONS[operation],
                        CLIENTS[client], best / 1000, median(cpu) / 1000, best / rawBest, median(cpuRatio), median(wallRatio),
                        median(bytes)));
            }
        }
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
