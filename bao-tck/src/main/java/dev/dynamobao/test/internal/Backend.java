package dev.dynamobao.test.internal;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A running DynamoDB service the tests of one JVM share. */
public interface Backend extends AutoCloseable {

    /** The client for it; closed with the backend. */
    DynamoDbClient client();

    /** What it is, for logs, e.g. {@code DynamoDB Local (embedded)}. */
    String description();

    /** Whether only this JVM sees its tables (no other run can have left tables behind). */
    boolean privateToThisJvm();

    /** Stops it (or just closes the client for an external endpoint). */
    @Override
    void close();
}
