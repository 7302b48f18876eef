package dev.dynamobao.codegen.internal.watch;

import dev.dynamobao.codegen.internal.CodeGenerator;
import dev.dynamobao.codegen.internal.config.ProjectConfig;
import dev.dynamobao.codegen.internal.generate.SourceFolderWriter;
import dev.dynamobao.codegen.internal.problem.ModelFileException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Regenerates the sources whenever the models file changes (checked every {@code pollMillis}), and reports
 * each outcome as plain lines. A broken file only prints its problems: the last good sources stay.
 * {@link #run()} blocks until {@link #close()} is called from another thread (e.g. a shutdown hook on Ctrl-C).
 */
public final class ModelWatcher implements AutoCloseable {

    private final ProjectConfig config;
    private final Consumer<String> out;
    private final long pollMillis;
    private final CountDownLatch stop = new CountDownLatch(1);
    private final CountDownLatch stopped = new CountDownLatch(1);
    private byte[] lastSeen;

    /** A watcher of {@code config}'s models file, printing to {@code out}. */
    public ModelWatcher(ProjectConfig config, Consumer<String> out, long pollMillis) {
        this.config = config;
        this.out = out;
        this.pollMillis = pollMillis;
    }

    /** Generates once, then after every change of the models file, until closed. */
    public void run() {
        try {
            Path file = config.modelsFile();
            out.accept("Watching " + file + " (Ctrl-C to stop)");
            lastSeen = read(file);
            generate("Initial generation");
            while (!stop.await(pollMillis, TimeUnit.MILLISECONDS)) {
                byte[] now = read(file);
                if (!Arrays.equals(now, lastSeen)) {
                    lastSeen = now;
                    generate(file.getFileName() + " changed");
                }
            }
            out.accept("Stopped watching " + file);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            stopped.countDown();
        }
    }

    /** Runs one generation and prints its outcome; problems never end the watch. */
    private void generate(String reason) {
        try {
            CodeGenerator.Result result = CodeGenerator.generate(config);
            SourceFolderWriter.Report report = result.report();
            if (report.changed()) {
                StringBuilder line = new StringBuilder(reason).append(": ");
                if (!report.written().isEmpty()) {
                    line.append("wrote ").append(String.join(", ", report.written()));
                }
                if (!report.deleted().isEmpty()) {
                    line.append(report.written().isEmpty() ? "" : "; ").append("deleted ").append(String.join(", ", report.deleted()));
                }
                out.accept(line.toString());
            } else {
                out.accept(reason + ": " + report.unchanged().size() + " source(s) already up to date");
            }
        } catch (ModelFileException e) {
            out.accept(reason + ": " + e.getMessage().replace("nothing was generated", "the last good sources are kept"));
        } catch (UncheckedIOException e) {
            out.accept(reason + ": " + e.getMessage());
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
        } catch (IOException e) {
            return new byte[0]; // being replaced by an editor; read again on the next poll
        }
    }

    /** Stops the watch and waits (up to 5 s) until {@link #run()} has returned. */
    @Override
    public void close() {
        stop.countDown();
        try {
            stopped.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
