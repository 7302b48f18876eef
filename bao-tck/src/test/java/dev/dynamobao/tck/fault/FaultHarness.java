package dev.dynamobao.tck.fault;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.CounterWrites;
import dev.dynamobao.RetryPolicy;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.PostTag;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.fault.FaultInjectingHttpClient;
import dev.dynamobao.test.fault.FaultPlan;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * A DynamoDB client to the test's backend whose HTTP client injects faults (the SDK's retries run
 * on top, as in production), a factory over the test's table using it, and a fault-free client
 * to read what is really stored.
 */
final class FaultHarness implements AutoCloseable {

    /** Short pauses so that exhausting the retries stays fast; the number of attempts is the default's order. */
    static final RetryPolicy FAST_RETRIES = new RetryPolicy(4, Duration.ofMillis(1), Duration.ofMillis(10));

    /**
     * The factory's {@code maxConcurrency}: 8, so the writes of a flush or persistAll of several
     * entities are in flight together; {@code -Dbao.fault.maxConcurrency=1} sends them one after
     * another (then a seed's fault schedule replays exactly, since the faults are drawn in send order).
     */
    static final int MAX_CONCURRENCY = Integer.getInteger("bao.fault.maxConcurrency", 8);

    /** The entities of the fault suite (PostTag's ends included). */
    static final Class<?>[] ENTITIES = {Account.class, Meter.class, PostTag.class, Post.class, Tag.class, User.class};

    final FaultInjectingHttpClient http;
    final DynamoDbClient client;
    final DynamoDbClient plain;
    final BaoEntityManagerFactory bao;
    final RawItems raw;
    final String table;

    FaultHarness(URI endpoint, String table, CounterWrites counterWrites) {
        this.table = table;
        this.http = FaultInjectingHttpClient.wrapping(UrlConnectionHttpClient.create());
        this.client = client(endpoint, http);
        this.plain = client(endpoint, UrlConnectionHttpClient.create());
        this.bao = Bao.configure().client(client).table(table).entities(FaultHarness.ENTITIES)
                .retryPolicy(FAST_RETRIES).counterWrites(counterWrites).maxConcurrency(MAX_CONCURRENCY).build();
        this.raw = new RawItems(plain, table);
    }

    /**
     * The SDK's standard retry strategy (the AWS retryable errors: throttling, 5xx, I/O errors) with
     * 3 attempts, short backoff so that exhausting them stays fast, and no retry quota, so that a run
     * with many faults keeps retrying the same way from its first call to its last.
     */
    static final RetryStrategy SDK_RETRIES = AwsRetryStrategy.standardRetryStrategy().toBuilder().maxAttempts(3)
            .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(2), Duration.ofMillis(20)))
            .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(2), Duration.ofMillis(20)))
            .circuitBreakerEnabled(false).build();

    private static DynamoDbClient client(URI endpoint, software.amazon.awssdk.http.SdkHttpClient http) {
        return DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("dynamobao", "dynamobao")))
                .overrideConfiguration(o -> o.retryStrategy(SDK_RETRIES))
                .httpClient(http).build();
    }

    /** Runs {@code work} in a fresh entity manager with no fault. */
    void clean(Consumer<BaoEntityManager> work) {
        http.plan(FaultPlan.NONE);
        try (BaoEntityManager em = bao.createEntityManager()) {
            work.accept(em);
        }
    }

    /** Computes {@code work} in a fresh entity manager with no fault. */
    <T> T cleanly(Function<BaoEntityManager, T> work) {
        http.plan(FaultPlan.NONE);
        try (BaoEntityManager em = bao.createEntityManager()) {
            return work.apply(em);
        }
    }

    /** The stored item of {@code prefix} with primary id {@code id} (the model item: pk {@code prefix#id}, sk {@code prefix}). */
    Map<String, AttributeValue> item(String prefix, String id) {
        return raw.get(prefix + "#" + id, prefix);
    }

    /** Every stored item. */
    List<Map<String, AttributeValue>> all() {
        return raw.scan();
    }

    /** Deletes every stored item (without faults), so that the table stays small. */
    void purge() {
        for (Map<String, AttributeValue> item : all()) {
            plain.deleteItem(b -> b.tableName(table).key(Map.of("_pk", item.get("_pk"), "_sk", item.get("_sk"))));
        }
    }

    @Override
    public void close() {
        bao.close();
        client.close();
        plain.close();
    }
}
