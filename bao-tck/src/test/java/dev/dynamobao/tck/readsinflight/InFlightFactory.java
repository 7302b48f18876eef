package dev.dynamobao.tck.readsinflight;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.test.InFlightRecordingHttpClient;
import java.net.URI;
import java.time.Duration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A factory on the test backend whose HTTP client holds every request {@link #HOLD} (a simulated
 * round trip) and records what is in flight, with a given {@code maxConcurrency}.
 */
final class InFlightFactory implements AutoCloseable {

    /** Long enough that requests sent together overlap on a busy machine, short enough to stay cheap. */
    static final Duration HOLD = Duration.ofMillis(50);

    final InFlightRecordingHttpClient http;
    final RequestCounter requests = new RequestCounter();
    final BaoEntityManagerFactory bao;
    private final DynamoDbClient client;

    InFlightFactory(URI endpoint, String table, int maxConcurrency, Class<?>... entities) {
        http = InFlightRecordingHttpClient.wrapping(UrlConnectionHttpClient.create()).holdEachRequest(HOLD);
        client = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynamobao", "dynamobao")))
                .httpClient(http).build();
        bao = Bao.configure().client(client).table(table).entities(entities).maxConcurrency(maxConcurrency)
                .requestListener(requests).build();
    }

    /** Forgets what was sent and counted so far. */
    void reset() {
        http.reset();
        requests.reset();
    }

    @Override
    public void close() {
        bao.close();
        client.close();
    }
}
