package dev.dynamobao.test.internal;

import dev.dynamobao.test.Capability;
import java.net.URI;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A DynamoDB-compatible endpoint someone else runs; fake static credentials, region us-east-1. */
final class EndpointBackend implements Backend {

    private final URI endpoint;
    private final Set<Capability> missing;
    private final DynamoDbClient client;

    EndpointBackend(URI endpoint, Set<Capability> missing) {
        this.endpoint = endpoint;
        this.missing = Set.copyOf(missing);
        this.client = EndpointClients.create(endpoint);
    }

    @Override
    public DynamoDbClient client() {
        return client;
    }

    @Override
    public String description() {
        return "DynamoDB endpoint " + endpoint;
    }

    @Override
    public URI endpoint() {
        return endpoint;
    }

    @Override
    public String name() {
        return "DynamoDB endpoint " + endpoint;
    }

    @Override
    public Set<Capability> missing() {
        return missing;
    }

    @Override
    public boolean privateToThisJvm() {
        return false;
    }

    @Override
    public void close() {
        client.close();
    }
}
