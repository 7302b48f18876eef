package dev.dynamobao.test.internal;

import dev.dynamobao.test.Capability;
import dev.dynamobao.test.MotoServer;
import java.net.URI;
import java.util.EnumSet;
import java.util.Set;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** moto, served one request at a time with DynamoDB's idempotency tokens, in a child process of this JVM. */
final class MotoBackend implements Backend {

    /** What moto 5.2.1 lacks, each shown against DynamoDB's documented behaviour in the README. */
    static final Set<Capability> MISSING = EnumSet.of(Capability.TRANSACT_WRITE_CONSUMED_CAPACITY,
            Capability.SIZE_IN_FILTER_OVER_MISSING_ATTRIBUTE);

    private final MotoServer server;

    private MotoBackend(MotoServer server) {
        this.server = server;
    }

    static MotoBackend start() {
        return new MotoBackend(MotoServer.start());
    }

    @Override
    public DynamoDbClient client() {
        return server.client();
    }

    @Override
    public String description() {
        return "moto " + MotoServer.MOTO_VERSION + " (faithful launcher) at " + server.endpoint() + ", started in "
                + server.startupTime().toMillis() + " ms";
    }

    @Override
    public URI endpoint() {
        return server.endpoint();
    }

    @Override
    public String name() {
        return "moto " + MotoServer.MOTO_VERSION;
    }

    @Override
    public Set<Capability> missing() {
        return MISSING;
    }

    @Override
    public boolean privateToThisJvm() {
        return true;
    }

    @Override
    public void close() {
        server.close();
    }
}
