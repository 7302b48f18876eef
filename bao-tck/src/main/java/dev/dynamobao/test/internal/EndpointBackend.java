package dev.dynamobao.test.internal;

import java.net.URI;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A DynamoDB-compatible endpoint someone else runs; fake static credentials, region us-east-1. */
final class EndpointBackend implements Backend {

    private final URI endpoint;
    private final DynamoDbClient client;

    EndpointBackend(URI endpoint) {
        this.endpoint = endpoint;
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
    public boolean privateToThisJvm() {
        return false;
    }

    @Override
    public void close() {
        client.close();
    }
}
