package dev.dynamobao.test.internal;

import dev.dynamobao.test.LocalDynamoDb;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** DynamoDB Local inside the test JVM. */
final class EmbeddedBackend implements Backend {

    private final LocalDynamoDb local;

    private EmbeddedBackend(LocalDynamoDb local) {
        this.local = local;
    }

    static EmbeddedBackend start() {
        return new EmbeddedBackend(LocalDynamoDb.embedded());
    }

    @Override
    public DynamoDbClient client() {
        return local.client();
    }

    @Override
    public String description() {
        return "DynamoDB Local (embedded, started in " + local.startupTime().toMillis() + " ms)";
    }

    @Override
    public boolean privateToThisJvm() {
        return true;
    }

    @Override
    public void close() {
        local.close();
    }
}
