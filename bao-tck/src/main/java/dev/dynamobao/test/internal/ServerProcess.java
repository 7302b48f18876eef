package dev.dynamobao.test.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB-compatible server running as a child process on a loopback port: started from a
 * command line, ready once {@code ListTables} answers, and stopped by its process handle on
 * {@link #close()} or, failing that, when this JVM shuts down. Its stdin stays open for the whole
 * run, so a server that exits at end-of-stdin (the moto launcher) also dies with a killed JVM.
 */
public final class ServerProcess implements AutoCloseable {

    /** The pinned moto version, named in every "how to install" message. */
    public static final String MOTO_VERSION = "5.2.1";
    /** The one command that installs moto with its server. */
    public static final String MOTO_INSTALL = "python3 -m pip install \"moto[server]==" + MOTO_VERSION + "\"";
    /** The Python interpreter to run, {@code python3} unless this system property names another. */
    public static final String PYTHON_PROPERTY = "bao.python";

    private static final Logger LOG = LoggerFactory.getLogger(ServerProcess.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration READY_POLL = Duration.ofMillis(100);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(5);
    private static final int OUTPUT_LINES_KEPT = 40;

    private final Process process;
    private final URI endpoint;
    private final DynamoDbClient client;
    private final Duration startupTime;
    private final Thread shutdownHook;

    private ServerProcess(Process process, URI endpoint, DynamoDbClient client, Duration startupTime, Thread shutdownHook) {
        this.process = process;
        this.endpoint = endpoint;
        this.client = client;
        this.startupTime = startupTime;
        this.shutdownHook = shutdownHook;
    }

    /** The Python interpreter: system property {@value #PYTHON_PROPERTY}, else {@code python3}. */
    public static String python() {
        String configured = System.getProperty(PYTHON_PROPERTY);
        return configured == null || configured.isBlank() ? "python3" : configured;
    }

    /**
     * Starts {@code command}, which prints the port it listens on (on 127.0.0.1) as one line of
     * stdout, and waits until the server answers {@code ListTables}.
     *
     * @throws IllegalStateException when it cannot start, saying why and what to install
     */
    public static ServerProcess startPrintingPort(String name, List<String> command) {
        long start = System.nanoTime();
        Process process = launch(name, command);
        Thread hook = stopOnShutdown(process);
        try {
            List<String> output = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            String port = readPortLine(reader, output);
            if (port == null) {
                throw new IllegalStateException(notStarted(name, process, output));
            }
            drain(name, reader);
            return ready(name, process, URI.create("http://127.0.0.1:" + port), start, hook);
        } catch (IOException | RuntimeException e) {
            stop(process, hook);
            throw e instanceof IllegalStateException state ? state
                    : new IllegalStateException(name + " did not start: " + e.getMessage(), e);
        }
    }

    /**
     * Starts {@code command} built for a free loopback port (probed here, so another process could
     * take it first: then the start fails) and waits until the server answers {@code ListTables}.
     */
    public static ServerProcess startOnFreePort(String name, IntFunction<List<String>> command) {
        long start = System.nanoTime();
        int port = freeLoopbackPort();
        Process process = launch(name, command.apply(port));
        Thread hook = stopOnShutdown(process);
        try {
            drain(name, new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8)));
            return ready(name, process, URI.create("http://127.0.0.1:" + port), start, hook);
        } catch (RuntimeException e) {
            stop(process, hook);
            throw e;
        }
    }

    /** The endpoint, {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return endpoint;
    }

    /** A client for the server (fake credentials, region {@value EndpointClients#LOCAL_REGION}); closed with it. */
    public DynamoDbClient client() {
        return client;
    }

    /** How long starting took, until the first {@code ListTables} answered. */
    public Duration startupTime() {
        return startupTime;
    }

    /** The server's process id. */
    public long pid() {
        return process.pid();
    }

    /** Whether the server process is still running. */
    public boolean isAlive() {
        return process.isAlive();
    }

    /** Closes the client and stops the server process (its tables are gone then). */
    @Override
    public void close() {
        try {
            client.close();
        } finally {
            stop(process, shutdownHook);
        }
    }

    private static Process launch(String name, List<String> command) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new IllegalStateException(name + " needs " + command.get(0) + " (Python 3) with moto " + MOTO_VERSION
                    + ", but '" + command.get(0) + "' could not be run (" + e.getMessage() + "). Install Python 3, then: "
                    + MOTO_INSTALL + " (or point -D" + PYTHON_PROPERTY + "=... at a Python that has it)", e);
        }
    }

    /** Reads lines until one is a port number; the others are kept for the error message. */
    private static String readPortLine(BufferedReader reader, List<String> output) throws IOException {
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            if (line.strip().matches("\\d{1,5}")) {
                output.forEach(earlier -> LOG.warn("{}", earlier));
                return line.strip();
            }
            output.add(line);
            if (output.size() > OUTPUT_LINES_KEPT) {
                output.remove(0);
            }
        }
        return null;
    }

    private static String notStarted(String name, Process process, List<String> output) {
        try {
            process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String printed = String.join("\n", output);
        String exit = process.isAlive() ? "stopped printing" : "exited with " + process.exitValue();
        if (printed.contains("No module named 'moto'") || printed.contains("No module named 'werkzeug'")) {
            return name + " needs moto " + MOTO_VERSION + " in " + python() + ", which does not have it. Install it with: "
                    + MOTO_INSTALL + " (or point -D" + PYTHON_PROPERTY + "=... at a Python that has it). Output:\n" + printed;
        }
        return name + " " + exit + " before it listened. Output:\n" + printed;
    }

    /** Passes the server's later output to the log, so its pipe never fills up. */
    private static void drain(String name, BufferedReader reader) {
        Thread drainer = new Thread(() -> {
            try {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    LOG.debug("{}: {}", name, line);
                }
            } catch (IOException e) {
                LOG.debug("{}: output closed ({})", name, e.getMessage());
            }
        }, "bao-server-output");
        drainer.setDaemon(true);
        drainer.start();
    }

    private static ServerProcess ready(String name, Process process, URI endpoint, long start, Thread hook) {
        DynamoDbClient client = EndpointClients.create(endpoint);
        try {
            awaitListTables(name, process, client, endpoint);
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("{} started at {} in {} ms (pid {})", name, endpoint, took.toMillis(), process.pid());
        return new ServerProcess(process, endpoint, client, took, hook);
    }

    private static void awaitListTables(String name, Process process, DynamoDbClient client, URI endpoint) {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        SdkException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " before " + endpoint
                        + " answered ListTables" + (last == null ? "" : ": " + last.getMessage()));
            }
            try {
                client.listTables(request -> request.limit(1));
                return;
            } catch (SdkException e) {
                last = e;
            }
            try {
                Thread.sleep(READY_POLL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name + " at " + endpoint, e);
            }
        }
        throw new IllegalStateException(name + " at " + endpoint + " did not answer ListTables within "
                + READY_TIMEOUT.toSeconds() + " s" + (last == null ? "" : ": " + last.getMessage()), last);
    }

    private static Thread stopOnShutdown(Process process) {
        Thread hook = new Thread(process::destroy, "bao-server-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        return hook;
    }

    private static void stop(Process process, Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is shutting down: the hook runs (or ran) anyway
        }
        try {
            process.getOutputStream().close(); // end-of-stdin: the moto launcher exits by itself
        } catch (IOException e) {
            LOG.debug("Closing the server's stdin failed: {}", e.getMessage());
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port: " + e.getMessage(), e);
        }
    }
}
