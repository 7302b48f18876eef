package dev.dynamobao.benchmarks.cpu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Times {@link ColdStart} as whole processes: each variant ({@code raw}, {@code enhanced},
 * {@code bao}) is started {@code runs} times, interleaved, with the same JVM and class path as this
 * one, and the median wall time from process start to exit is reported, with the median CPU time
 * the process used up to its answer (all threads; less disturbed by other work on a shared
 * machine than wall time); then one more run of each with {@code -Xlog:class+load} counts the
 * classes it loads, by origin, and one with {@code --phases} splits its time.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.dynamobao.benchmarks.cpu.ColdStartRun [runs] [jvm options...]}
 */
public final class ColdStartRun {

    private static final String[] VARIANTS = {"raw", "enhanced", "bao"};
    private static final String[][] ORIGINS = {
        {"dev.dynamobao.benchmarks.", "benchmark code"}, {"dev.dynamobao.", "dynamobao"},
        {"software.amazon.awssdk.enhanced.", "Enhanced Client"}, {"software.amazon.awssdk.", "AWS SDK"},
        {"net.bytebuddy.", "Byte Buddy"}, {"org.slf4j.", "slf4j"}, {"java.", "JDK"}, {"javax.", "JDK"},
        {"jdk.", "JDK"}, {"sun.", "JDK"}, {"com.sun.", "JDK"},
    };

    private ColdStartRun() {
    }

    /** Runs the processes and prints the medians and class counts. */
    public static void main(String[] args) throws IOException, InterruptedException {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        List<String> jvmOptions = args.length > 1 ? Arrays.asList(args).subList(1, args.length) : List.of();
        PrintStream out = System.out;
        Map<String, List<Double>> seconds = new LinkedHashMap<>();
        Map<String, List<Double>> cpuSeconds = new LinkedHashMap<>();
        for (String variant : VARIANTS) {
            seconds.put(variant, new ArrayList<>());
            cpuSeconds.put(variant, new ArrayList<>());
        }
        for (int run = 0; run < runs + 1; run++) {
            for (String variant : VARIANTS) {
                long start = System.nanoTime();
                List<String> output = run(command(jvmOptions, variant), true);
                double elapsed = (System.nanoTime() - start) / 1e9;
                if (run > 0) {
                    // The first round only warms the file cache.
                    seconds.get(variant).add(elapsed);
                    cpuSeconds.get(variant).add(cpuSecondsOf(output));
                }
            }
        }
        out.println("| variant | median wall s | min s | max s | median CPU s | runs | classes loaded |");
        out.println("|---|---:|---:|---:|---:|---:|---|");
        for (String variant : VARIANTS) {
            List<Double> times = seconds.get(variant);
            times.sort(null);
            List<Double> cpu = cpuSeconds.get(variant);
            cpu.sort(null);
            List<String> options = new ArrayList<>(jvmOptions);
            options.add("-Xlog:class+load=info:stdout");
            Map<String, Integer> classes = classesByOrigin(run(command(options, variant), true));
            out.println(String.format(Locale.ROOT, "| %s | %.3f | %.3f | %.3f | %.3f | %d | %s |", variant, median(times),
                    times.get(0), times.get(times.size() - 1), median(cpu), times.size(), classes));
        }
        for (String variant : VARIANTS) {
            List<String> options = new ArrayList<>(jvmOptions);
            List<String> command = command(options, variant);
            command.add("--phases");
            run(command, true).stream().filter(line -> !line.startsWith("cpu-ns ")).forEach(out::println);
        }
    }

    private static List<String> command(List<String> jvmOptions, String variant) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(ColdStart.class.getName());
        command.add(variant);
        return command;
    }

    private static List<String> run(List<String> command, boolean keepOutput) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (keepOutput && !line.startsWith("SLF4J")) {
                    lines.add(line);
                }
            }
        }
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + exit + ": " + lines);
        }
        return lines;
    }

    private static double cpuSecondsOf(List<String> output) {
        for (String line : output) {
            if (line.startsWith("cpu-ns ")) {
                return Long.parseLong(line.substring("cpu-ns ".length()).trim()) / 1e9;
            }
        }
        throw new IllegalStateException("ColdStart printed no CPU time: " + output);
    }

    private static Map<String, Integer> classesByOrigin(List<String> log) {
        Map<String, Integer> counts = new TreeMap<>();
        int total = 0;
        for (String line : log) {
            int tag = line.indexOf("[class,load]");
            if (tag < 0) {
                continue;
            }
            String rest = line.substring(tag + "[class,load]".length()).trim();
            String name = rest.split(" ", 2)[0];
            counts.merge(origin(name), 1, Integer::sum);
            total++;
        }
        counts.put("total", total);
        return counts;
    }

    private static String origin(String className) {
        for (String[] origin : ORIGINS) {
            if (className.startsWith(origin[0])) {
                return origin[1];
            }
        }
        return "other";
    }

    private static double median(List<Double> sorted) {
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }
}
