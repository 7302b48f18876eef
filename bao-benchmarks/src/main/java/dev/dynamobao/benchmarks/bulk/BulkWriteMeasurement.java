package dev.dynamobao.benchmarks.bulk;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A measurement run (not a JMH benchmark: the cost is dominated by server round trips): writes
 * {@code items} new entities once with one {@code persist} each and once with {@code upsertAll},
 * against a real DynamoDB-compatible server, and prints the requests sent (from a
 * {@link RequestCounter}) and the items written per second, median of {@code rounds}.
 *
 * <pre>
 * python3 -m moto.server -H 127.0.0.1 -p 8766 &amp;
 * java -cp bao-benchmarks/target/benchmarks.jar dev.dynamobao.benchmarks.bulk.BulkWriteMeasurement \
 *     http://127.0.0.1:8766 1000 5
 * </pre>
 */
public final class BulkWriteMeasurement {

    private BulkWriteMeasurement() {
    }

    /**
     * Runs the measurement.
     *
     * @param args endpoint (default {@code http://127.0.0.1:8000}), items per round (1000), rounds (5)
     */
    public static void main(String[] args) {
        URI endpoint = URI.create(args.length > 0 ? args[0] : "http://127.0.0.1:8000");
        int items = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        String table = "bulk-measurement-" + System.currentTimeMillis();
        RequestCounter requests = new RequestCounter();
        try (DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench", "bench"))).build();
             BaoEntityManagerFactory bao = Bao.configure().client(client).table(table).entities(BulkItem.class)
                     .ensureTable(true).requestListener(requests).build()) {
            try {
                // Warm-up: class loading, JIT, connection pool.
                run(bao, requests, Math.min(items, 100), "warm-up persist", BulkWriteMeasurement::persistEach);
                run(bao, requests, Math.min(items, 100), "warm-up upsertAll", BulkWriteMeasurement::upsertAll);
                double[] persist = new double[rounds];
                double[] upsert = new double[rounds];
                for (int round = 0; round < rounds; round++) {
                    persist[round] = run(bao, requests, items, "persist x" + items, BulkWriteMeasurement::persistEach);
                    upsert[round] = run(bao, requests, items, "upsertAll(" + items + ")", BulkWriteMeasurement::upsertAll);
                }
                double persistMedian = median(persist);
                double upsertMedian = median(upsert);
                System.out.printf(Locale.ROOT, "%nmedian of %d rounds, %d items each, endpoint %s%n", rounds, items, endpoint);
                System.out.printf(Locale.ROOT, "persist each : %,10.0f items/s%n", persistMedian);
                System.out.printf(Locale.ROOT, "upsertAll    : %,10.0f items/s  (%.1fx)%n", upsertMedian, upsertMedian / persistMedian);
            } finally {
                bao.schema().deleteTable();
            }
        }
    }

    private static void persistEach(BaoEntityManager em, List<BulkItem> items) {
        items.forEach(em::persist);
    }

    private static void upsertAll(BaoEntityManager em, List<BulkItem> items) {
        em.upsertAll(items);
    }

    private interface Writer {
        void write(BaoEntityManager em, List<BulkItem> items);
    }

    private static double run(BaoEntityManagerFactory bao, RequestCounter requests, int count, String label, Writer writer) {
        List<BulkItem> items = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BulkItem item = new BulkItem();
            item.setCategory("category-" + (i % 10));
            item.setTitle("item " + i);
            item.setBody("an imported record with a little text in it, number " + i);
            item.setQuantity(i);
            items.add(item);
        }
        requests.reset();
        long start = System.nanoTime();
        try (BaoEntityManager em = bao.createEntityManager()) {
            writer.write(em, items);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double perSecond = count / seconds;
        System.out.printf(Locale.ROOT, "%-22s %5d requests (%d PutItem, %d BatchWriteItem)  %8.3f s  %,10.0f items/s%n", label,
                requests.total(), requests.count(DynamoOperation.PUT_ITEM), requests.count(DynamoOperation.BATCH_WRITE_ITEM),
                seconds, perSecond);
        return perSecond;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

}
