package dev.dynamobao.samples;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.test.MotoServer;

/**
 * Where the samples keep their data: the endpoint of {@code AWS_ENDPOINT_URL_DYNAMODB} when set
 * (real AWS or any DynamoDB-compatible service; the table name comes from {@code DYNAMO_BAO_TABLE}),
 * otherwise a moto server ({@link MotoServer}) started for the run — no AWS account, no Docker.
 */
public final class SampleDatabase implements AutoCloseable {

    private final MotoServer server;

    private SampleDatabase(MotoServer server) {
        this.server = server;
    }

    /** Opens the sample database. */
    public static SampleDatabase open() {
        String endpoint = System.getenv("AWS_ENDPOINT_URL_DYNAMODB");
        return new SampleDatabase(endpoint == null || endpoint.isBlank() ? MotoServer.start() : null);
    }

    /** A configuration builder pointing at this database, creating the table if it is missing. */
    public BaoConfiguration.Builder configure() {
        BaoConfiguration.Builder builder = Bao.configure().ensureTable(true);
        if (server != null) {
            builder.client(server.client());
        }
        return builder;
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
