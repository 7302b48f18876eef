package dev.dynamobao.test;

import com.amazonaws.services.dynamodbv2.local.embedded.DynamoDBEmbedded;
import com.amazonaws.services.dynamodbv2.local.main.ServerRunner;
import com.amazonaws.services.dynamodbv2.local.server.DynamoDBProxyServer;
import com.amazonaws.services.dynamodbv2.local.shared.access.AmazonDynamoDBLocal;
import dev.dynamobao.test.internal.EndpointClients;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Starts DynamoDB Local (in memory, telemetry off) for tests, samples and tools, and gives a
 * client for it. Close it to stop DynamoDB Local; the data is gone then.
 *
 * <pre>{@code
 * try (LocalDynamoDb local = LocalDynamoDb.embedded()) {          // in-process, no HTTP
 *     BaoEntityManagerFactory bao = Bao.configure().client(local.client()).table("demo")
 *             .entities(User.class).ensureTable(true).build();
 *     ...
 * }
 * try (LocalDynamoDb server = LocalDynamoDb.server()) {           // HTTP on a free loopback port
 *     URI endpoint = server.endpoint().orElseThrow();            // e.g. for the JavaScript library
 * }
 * }</pre>
 *
 * <p>DynamoDB Local is distributed under Amazon's "DynamoDB Local License Agreement"; it is a
 * dependency of this test kit only, never of the library's runtime.
 */
public final class LocalDynamoDb implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalDynamoDb.class);
    private static final int PORT_ATTEMPTS = 3;

    private final DynamoDbClient client;
    private final URI endpoint;
    private final Duration startupTime;
    private final Runnable stop;

    private LocalDynamoDb(DynamoDbClient client, URI endpoint, Duration startupTime, Runnable stop) {
        this.client = client;
        this.endpoint = endpoint;
        this.startupTime = startupTime;
        this.stop = stop;
    }

    /** Starts DynamoDB Local inside this JVM, without HTTP; {@link #endpoint()} is empty. */
    public static LocalDynamoDb embedded() {
        long start = System.nanoTime();
        AmazonDynamoDBLocal local = DynamoDBEmbedded.create(Boolean.TRUE);
        DynamoDbClient client = local.dynamoDbClient();
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("DynamoDB Local (embedded) started in {} ms", took.toMillis());
        return new LocalDynamoDb(client, null, took, () -> {
            client.close();
            local.shutdown();
            stopBackgroundJobs();
        });
    }

    /**
     * Embedded DynamoDB Local leaves its background jobs (e.g. the stream shard roll-over) sleeping
     * on non-daemon threads after {@code shutdown()}, which keeps a {@code main} program alive for
     * minutes after it finished. Interrupting them ends the jobs; their executor is shut down already.
     */
    private static void stopBackgroundJobs() {
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            for (StackTraceElement frame : stack) {
                if (frame.getClassName().startsWith("com.amazonaws.services.dynamodbv2.local.shared.jobs.")) {
                    thread.interrupt();
                    return;
                }
            }
        });
    }

    /**
     * Starts DynamoDB Local as an HTTP server on a free port, for other processes (the JavaScript
     * library, a CLI). It listens on every interface; connect through {@link #endpoint()}
     * ({@code http://127.0.0.1:<port>}). Started with {@code -inMemory -sharedDb}, so region and
     * credentials of the clients do not matter.
     */
    public static LocalDynamoDb server() {
        IllegalStateException failure = null;
        for (int attempt = 0; attempt < PORT_ATTEMPTS; attempt++) {
            try {
                return server(freeLoopbackPort());
            } catch (IllegalStateException e) {
                failure = e; // another process took the port between probing and binding
            }
        }
        throw failure;
    }

    /** Starts DynamoDB Local as an HTTP server on {@code port}; see {@link #server()}. */
    public static LocalDynamoDb server(int port) {
        long start = System.nanoTime();
        DynamoDBProxyServer server;
        try {
            server = ServerRunner.createServerFromCommandLineArgs(new String[] {
                "-inMemory", "-disableTelemetry", "-sharedDb", "-port", Integer.toString(port)});
            server.start();
        } catch (Exception e) {
            throw new IllegalStateException("DynamoDB Local could not start a server on port " + port + ": " + e.getMessage(), e);
        }
        URI endpoint = URI.create("http://127.0.0.1:" + port);
        DynamoDbClient client = EndpointClients.create(endpoint);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        LOG.info("DynamoDB Local server started at {} in {} ms", endpoint, took.toMillis());
        return new LocalDynamoDb(client, endpoint, took, () -> {
            client.close();
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("DynamoDB Local server at {} did not stop cleanly", endpoint, e);
            }
        });
    }

    /** A client for this DynamoDB Local; closed by {@link #close()}. */
    public DynamoDbClient client() {
        return client;
    }

    /** The HTTP endpoint in server mode; empty in embedded mode. */
    public Optional<URI> endpoint() {
        return Optional.ofNullable(endpoint);
    }

    /** How long starting took. */
    public Duration startupTime() {
        return startupTime;
    }

    /** Closes the client and stops DynamoDB Local. */
    @Override
    public void close() {
        stop.run();
    }

    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("No free loopback port for DynamoDB Local: " + e.getMessage(), e);
        }
    }
}
