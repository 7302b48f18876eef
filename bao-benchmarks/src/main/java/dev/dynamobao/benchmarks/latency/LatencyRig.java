package dev.dynamobao.benchmarks.latency;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManagerFactory;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One fresh world for a workload: a {@link StubDynamoDb}, the {@link DelayedStubHttpClient} in front
 * of it (holding nothing until the measurement starts), a real SDK {@link DynamoDbClient} on that
 * HTTP client and a DynamoBao factory on the client. Everything the SDK and the library do for a
 * call runs; only the network is simulated.
 */
public final class LatencyRig implements AutoCloseable {

    /** The table every request names. */
    public static final String TABLE = "latency";

    private final DelayedStubHttpClient http;
    private final DynamoDbClient client;
    private final BaoEntityManagerFactory bao;
    private final List<AutoCloseable> closeables = new ArrayList<>();

    /** Builds the stub, the SDK client and a factory for the latency models with the default concurrency. */
    public LatencyRig() {
        this(BaoConfiguration.DEFAULT_MAX_CONCURRENCY);
    }

    /** Builds the stub, the SDK client and a factory for the latency models keeping {@code maxConcurrency} requests in flight. */
    public LatencyRig(int maxConcurrency) {
        http = new DelayedStubHttpClient(new StubDynamoDb(), DelayedStubHttpClient.Hold.none());
        client = DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://localhost:8000"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .build();
        bao = Bao.configure().client(client).table(TABLE).entities(LatencyUser.class, LatencyPost.class)
                .maxConcurrency(maxConcurrency).build();
    }

    /** The simulated network and its counters. */
    public DelayedStubHttpClient http() {
        return http;
    }

    /** The SDK client. */
    public DynamoDbClient client() {
        return client;
    }

    /** The factory. */
    public BaoEntityManagerFactory bao() {
        return bao;
    }

    /** Closes {@code resource} (an entity manager, a thread pool) when the rig closes, after the measurement. */
    public <T extends AutoCloseable> T closeLater(T resource) {
        closeables.add(resource);
        return resource;
    }

    @Override
    public void close() {
        for (AutoCloseable closeable : closeables) {
            try {
                closeable.close();
            } catch (Exception e) {
                throw new IllegalStateException("closing " + closeable + " failed", e);
            }
        }
        bao.close();
        client.close();
    }
}
