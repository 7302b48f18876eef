package dev.dynamobao.test.internal;

import dev.dynamobao.test.Capability;
import java.net.URI;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * LocalStack in Docker through Testcontainers. Only this class touches Testcontainers, which is an
 * optional dependency: it is loaded only when {@code bao.backend=localstack}.
 */
final class LocalStackBackend implements Backend {

    /** The one line a skipped test class reports. */
    static final String NO_DOCKER = "LocalStack backend requested but no Docker engine is available; skipping";

    private static final Logger LOG = LoggerFactory.getLogger(LocalStackBackend.class);

    private final LocalStackContainer container;
    private final Set<Capability> missing;
    private final DynamoDbClient client;

    private LocalStackBackend(LocalStackContainer container, Set<Capability> missing) {
        this.container = container;
        this.missing = Set.copyOf(missing);
        this.client = EndpointClients.create(container.getEndpoint(), container.getRegion(),
                container.getAccessKey(), container.getSecretKey());
    }

    /** Whether a Docker engine answers. */
    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    /** Starts LocalStack with DynamoDB; a Docker engine must be available. */
    static LocalStackBackend start(String image, Set<Capability> missing) {
        long start = System.nanoTime();
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(image)).withServices("dynamodb");
        container.start();
        LOG.info("LocalStack {} started at {} in {} ms", image, container.getEndpoint(),
                (System.nanoTime() - start) / 1_000_000);
        return new LocalStackBackend(container, missing);
    }

    @Override
    public DynamoDbClient client() {
        return client;
    }

    @Override
    public String description() {
        return "LocalStack " + container.getDockerImageName() + " at " + container.getEndpoint();
    }

    @Override
    public URI endpoint() {
        return container.getEndpoint();
    }

    @Override
    public String name() {
        return "LocalStack " + container.getDockerImageName();
    }

    @Override
    public Set<Capability> missing() {
        return missing;
    }

    @Override
    public boolean privateToThisJvm() {
        return true;
    }

    @Override
    public void close() {
        client.close();
        container.stop();
    }
}
