package dev.dynamobao.benchmarks.cpu;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.benchmarks.cpu.enhanced.EnhancedCpuItem;
import dev.dynamobao.benchmarks.cpu.plain.HandMapper;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbEnhancedClient;
import software.amazon.awssdk.enhanced.dynamodb.DynamoDbTable;
import software.amazon.awssdk.enhanced.dynamodb.Key;
import software.amazon.awssdk.enhanced.dynamodb.TableSchema;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * What a serverless function does on its first request, as one fresh JVM process: build the SDK
 * client over the stub, build the mapping layer (nothing for the raw SDK, the Enhanced Client's
 * bean schema, or this library's factory) and answer one read. {@link ColdStartRun} times whole
 * processes of it; {@code --phases} prints where the time inside went.
 *
 * <p>Usage: {@code java -cp benchmarks.jar dev.dynamobao.benchmarks.cpu.ColdStart raw|enhanced|bao [--phases]}
 */
public final class ColdStart {

    private ColdStart() {
    }

    /** Runs one variant once. */
    public static void main(String[] args) {
        long start = System.nanoTime();
        boolean phases = args.length > 1 && args[1].equals("--phases");
        DynamoDbClient client = DynamoDbClient.builder()
                .httpClient(new CannedHttpClient(Map.of("GetItem", CannedAnswers.get()), false))
                .region(Region.US_EAST_1).endpointOverride(URI.create("http://localhost:8000"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .build();
        long clientBuilt = System.nanoTime();
        long built;
        String read;
        switch (args.length == 0 ? "" : args[0]) {
            case "raw" -> {
                built = System.nanoTime();
                read = HandMapper.fromItem(client.getItem(request -> request.tableName(SideBySide.TABLE)
                        .key(Map.of("_pk", AttributeValue.fromS(HandMapper.partition(Samples.OWNER)),
                                "_sk", AttributeValue.fromS(CannedAnswers.ID)))).item()).getS07();
            }
            case "enhanced" -> {
                DynamoDbTable<EnhancedCpuItem> table = DynamoDbEnhancedClient.builder().dynamoDbClient(client).build()
                        .table(SideBySide.TABLE, TableSchema.fromBean(EnhancedCpuItem.class));
                built = System.nanoTime();
                read = table.getItem(Key.builder().partitionValue(HandMapper.partition(Samples.OWNER))
                        .sortValue(CannedAnswers.ID).build()).getS07();
            }
            case "bao" -> {
                BaoEntityManagerFactory factory = Bao.configure().client(client).table(SideBySide.TABLE)
                        .entities(CpuItem.class).build();
                built = System.nanoTime();
                try (BaoEntityManager em = factory.createEntityManager()) {
                    read = em.find(CpuItem.class, factory.ambient().primaryId(CpuItem.class, Samples.OWNER, CannedAnswers.ID))
                            .orElseThrow().getS07();
                }
            }
            default -> throw new IllegalArgumentException("usage: ColdStart raw|enhanced|bao [--phases]");
        }
        long done = System.nanoTime();
        if (read == null) {
            throw new IllegalStateException("the read returned no s07");
        }
        // The CPU time of the whole JVM so far (every thread: JIT compilers and GC included), for ColdStartRun.
        System.out.println("cpu-ns " + ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime());
        if (phases) {
            System.out.printf("%s: client %.0f ms, mapping layer %.0f ms, first read %.0f ms, in main %.0f ms%n", args[0],
                    (clientBuilt - start) / 1e6, (built - clientBuilt) / 1e6, (done - built) / 1e6, (done - start) / 1e6);
        }
    }
}
