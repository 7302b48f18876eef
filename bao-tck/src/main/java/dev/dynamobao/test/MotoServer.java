package dev.dynamobao.test;

import dev.dynamobao.test.internal.EndpointClients;
import dev.dynamobao.test.internal.ServerProcess;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB server for tests, samples and tools: moto (open source, Apache-2.0) served over HTTP
 * on a free loopback port, made faithful to the two DynamoDB guarantees plain
 * {@code python3 -m moto.server} lacks — every request runs alone (single-item writes are atomic,
 * transactions isolated) and a {@code TransactWriteItems} that repeats a {@code ClientRequestToken}
 * of the last 10 minutes gets the first answer (or {@code IdempotentParameterMismatchException} when
 * its parameters differ). This is the default backend of {@link BaoTest @BaoTest}.
 *
 * <pre>{@code
 * try (MotoServer server = MotoServer.start()) {
 *     BaoEntityManagerFactory bao = Bao.configure().client(server.client()).table("demo")
 *             .entities(User.class).ensureTable(true).build();
 *     URI endpoint = server.endpoint();        // for clients of your own, the JavaScript library, a CLI
 *     ...
 * }
 * }</pre>
 *
 * <p>Needs {@code python3} with moto {@value #MOTO_VERSION} ({@value #INSTALL_COMMAND}); the system
 * property {@code bao.python} names another interpreter. The server is a child process that holds
 * every table in memory; it stops on {@link #close()}, at JVM shutdown, and — because it exits when
 * its stdin closes — even when this JVM is killed. Clients may use any credentials; use region
 * {@link #region()} everywhere, since moto keeps tables per region.
 */
public final class MotoServer implements AutoCloseable {

    /** The moto version this test kit is checked against. */
    public static final String MOTO_VERSION = ServerProcess.MOTO_VERSION;
    /** The command that installs it. */
    public static final String INSTALL_COMMAND = ServerProcess.MOTO_INSTALL;

    private static final String LAUNCHER = "faithful_moto.py";

    private final ServerProcess server;

    private MotoServer(ServerProcess server) {
        this.server = server;
    }

    /**
     * Starts the server and waits until it answers {@code ListTables} (about a second).
     *
     * @throws IllegalStateException when Python or moto is missing (the message says what to install)
     *                               or the server does not come up
     */
    public static MotoServer start() {
        Path launcher = extractLauncher();
        try {
            return new MotoServer(ServerProcess.startPrintingPort("moto " + MOTO_VERSION + " (faithful)",
                    List.of(ServerProcess.python(), launcher.toString(), "0")));
        } finally {
            try {
                Files.deleteIfExists(launcher); // Python has read it by the time it printed its port
            } catch (IOException e) {
                launcher.toFile().deleteOnExit();
            }
        }
    }

    /** The HTTP endpoint, {@code http://127.0.0.1:<port>}. */
    public URI endpoint() {
        return server.endpoint();
    }

    /** The region the {@link #client()} uses; give other clients the same one. */
    public String region() {
        return EndpointClients.LOCAL_REGION;
    }

    /** A client for this server (fake credentials, {@link #region()}); closed by {@link #close()}. */
    public DynamoDbClient client() {
        return server.client();
    }

    /** How long starting took, until the first {@code ListTables} answered. */
    public Duration startupTime() {
        return server.startupTime();
    }

    /** The process id of the server. */
    public long pid() {
        return server.pid();
    }

    /** Closes the client and stops the server; its tables are gone then. */
    @Override
    public void close() {
        server.close();
    }

    private static Path extractLauncher() {
        try (InputStream script = MotoServer.class.getResourceAsStream(LAUNCHER)) {
            if (script == null) {
                throw new IllegalStateException("The moto launcher " + LAUNCHER + " is missing from the bao-tck jar");
            }
            Path file = Files.createTempFile("bao-moto-", ".py");
            Files.copy(script, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the moto launcher to a temporary file", e);
        }
    }
}
