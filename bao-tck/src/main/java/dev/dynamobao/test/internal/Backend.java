package dev.dynamobao.test.internal;

import dev.dynamobao.test.Capability;
import java.net.URI;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A running DynamoDB service the tests of one JVM share. */
public interface Backend extends AutoCloseable {

    /** The client for it; closed with the backend. */
    DynamoDbClient client();

    /** Its HTTP endpoint, for clients of one's own. */
    URI endpoint();

    /** What it is, for logs, e.g. {@code moto 5.2.1 (faithful launcher) at http://127.0.0.1:40123}. */
    String description();

    /** A short name for skip messages, e.g. {@code moto 5.2.1}. */
    String name();

    /** The DynamoDB behaviours it lacks; tests needing one of them are skipped on it. */
    Set<Capability> missing();

    /** Whether only this JVM sees its tables (no other run can have left tables behind). */
    boolean privateToThisJvm();

    /** Stops it (or just closes the client for an external endpoint). */
    @Override
    void close();
}
