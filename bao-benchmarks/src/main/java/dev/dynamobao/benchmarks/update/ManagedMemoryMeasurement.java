package dev.dynamobao.benchmarks.update;

import com.github.f4b6a3.ulid.UlidCreator;
import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.net.URI;
import java.util.Locale;
import java.util.function.Supplier;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Retained heap per managed entity (a measurement run, not a JMH benchmark): the used heap after a full
 * GC with {@code n} plain instances of an entity class held in an array (with the same id, version and
 * values a stored one has), against the used heap with {@code n} managed ones held by an open entity
 * manager — once persisted (the application's values) and once loaded with {@code find} (over
 * {@link ItemEchoHttpClient}, no network). Prints bytes per instance and the ratio managed / plain,
 * median of {@code rounds}.
 *
 * <pre>
 * java -Xmx1g -cp bao-benchmarks/target/benchmarks.jar dev.dynamobao.benchmarks.update.ManagedMemoryMeasurement 20000 5
 * </pre>
 */
public final class ManagedMemoryMeasurement {

    private ManagedMemoryMeasurement() {
    }

    /**
     * Runs the measurement.
     *
     * @param args instances (default 20000), rounds (5)
     */
    public static void main(String[] args) throws InterruptedException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        try (DynamoDbClient client = DynamoDbClient.builder().httpClient(new ItemEchoHttpClient()).region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://localhost:8000"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .build();
             BaoEntityManagerFactory bao = Bao.configure().client(client).table(StubbedBao.TABLE)
                     .entities(SetAndBinaryRecord.class, SetRecord.class).build()) {
            measure(bao, n, rounds, "SetAndBinaryRecord", SetAndBinaryRecord.class, SetAndBinaryRecord::new);
            measure(bao, n, rounds, "SetRecord", SetRecord.class, SetRecord::new);
        }
    }

    private static void measure(BaoEntityManagerFactory bao, int n, int rounds, String name, Class<? extends Holder> type,
            Supplier<Holder> factory) throws InterruptedException {
        double[] plain = new double[rounds];
        double[] persisted = new double[rounds];
        double[] loaded = new double[rounds];
        String[] ids = new String[n];
        for (int i = 0; i < n; i++) {
            ids[i] = UlidCreator.getMonotonicUlid().toString();
        }
        for (int round = 0; round < rounds; round++) {
            long base = usedAfterGc();
            Holder[] instances = new Holder[n];
            for (int i = 0; i < n; i++) {
                instances[i] = FlushScalingBenchmark.filled(factory.get(), ids[i]);
                instances[i].setId(ids[i]);
                instances[i].setVersion(ItemEchoHttpClient.VERSION);
            }
            plain[round] = (usedAfterGc() - base) / (double) n;
            Reference.reachabilityFence(instances);

            base = usedAfterGc();
            try (BaoEntityManager em = bao.createEntityManager()) {
                for (int i = 0; i < n; i++) {
                    Holder entity = FlushScalingBenchmark.filled(factory.get(), ids[i]);
                    entity.setId(ids[i]);
                    em.persist(entity);
                }
                persisted[round] = (usedAfterGc() - base) / (double) n;
            }

            base = usedAfterGc();
            try (BaoEntityManager em = bao.createEntityManager()) {
                for (String id : ids) {
                    em.find(type, id).orElseThrow();
                }
                loaded[round] = (usedAfterGc() - base) / (double) n;
            }
        }
        double plainMedian = median(plain);
        System.out.printf(Locale.ROOT, "%s: plain instance %.0f B; managed after persist %.0f B (%.2fx); managed after find"
                + " %.0f B (%.2fx); n=%d, median of %d%n", name, plainMedian, median(persisted), median(persisted) / plainMedian,
                median(loaded), median(loaded) / plainMedian, n, rounds);
    }

    private static long usedAfterGc() throws InterruptedException {
        for (int i = 0; i < 4; i++) {
            System.gc();
            Thread.sleep(50);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
