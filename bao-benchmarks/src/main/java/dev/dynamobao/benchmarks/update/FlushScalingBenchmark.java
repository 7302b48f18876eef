package dev.dynamobao.benchmarks.update;

import com.github.f4b6a3.ulid.UlidCreator;
import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.benchmarks.update.plain.PlainSetAndBinaryRecord;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Flush scaling: one {@code flush()} of an entity manager holding {@code managed} entities with a string
 * set and (except {@code kind=set}) a binary field, {@code dirty} of which changed — the check for changes
 * plus one {@code UpdateItem} per dirty entity through the SDK over {@link ItemEchoHttpClient} (no network).
 * A flush should cost about the same whatever {@code managed} is. {@code source=loaded} finds the entities
 * (as a unit of work that reads many and changes a few); {@code source=persisted} persists them, so they
 * hold byte arrays the application handed in, which are compared at every flush.
 *
 * <ul>
 *   <li>{@code kind=setAndBinary}: enhanced {@link SetAndBinaryRecord}; the arrays of every managed entity
 *       are compared (arrays cannot record their own changes), everything else is reported by the entity;</li>
 *   <li>{@code kind=set}: enhanced {@link SetRecord}; only the entities that reported a change are looked at;</li>
 *   <li>{@code kind=plain}: {@link PlainSetAndBinaryRecord}, left unenhanced: every field of every managed
 *       entity is compared with its snapshot (the documented fallback).</li>
 * </ul>
 * {@code change=field} assigns a string field; {@code change=set} adds or removes an element of the
 * entity's set in place.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FlushScalingBenchmark {

    @Param({"100", "1000", "10000"})
    public int managed;

    @Param({"10"})
    public int dirty;

    @Param({"setAndBinary", "set", "plain"})
    public String kind;

    @Param({"field", "set"})
    public String change;

    @Param({"loaded", "persisted"})
    public String source;

    private final String[] values = {"changed value A", "changed value B"};
    private ItemEchoHttpClient http;
    private DynamoDbClient client;
    private BaoEntityManagerFactory bao;
    private BaoEntityManager em;
    private Holder[] entities;
    private int cursor;
    private int pass = 1;
    private long flushes;

    /**
     * Loads ({@code em.find}, answered by {@link ItemEchoHttpClient}) or persists {@code managed} entities;
     * they stay managed and clean.
     */
    @Setup(Level.Trial)
    public void setUp() {
        http = new ItemEchoHttpClient();
        client = DynamoDbClient.builder().httpClient(http).region(Region.US_EAST_1)
                .endpointOverride(URI.create("http://localhost:8000"))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "secret")))
                .build();
        bao = Bao.configure().client(client).table(StubbedBao.TABLE)
                .entities(SetAndBinaryRecord.class, SetRecord.class, PlainSetAndBinaryRecord.class).build();
        em = bao.createEntityManager();
        Supplier<Holder> factory = switch (kind) {
            case "setAndBinary" -> SetAndBinaryRecord::new;
            case "set" -> SetRecord::new;
            case "plain" -> PlainSetAndBinaryRecord::new;
            default -> throw new IllegalArgumentException("kind " + kind);
        };
        Class<? extends Holder> type = factory.get().getClass();
        entities = new Holder[managed];
        for (int i = 0; i < managed; i++) {
            if ("loaded".equals(source)) {
                entities[i] = em.find(type, UlidCreator.getMonotonicUlid().toString()).orElseThrow();
            } else {
                Holder entity = filled(factory.get(), Integer.toString(i));
                em.persist(entity);
                entities[i] = entity;
            }
        }
        http.reset();
    }

    /** A new entity with its ten strings ({@code "initial value of fN #tag"}), a two-element set and 64 bytes. */
    static Holder filled(Holder entity, String tag) {
        for (int field = 1; field <= 10; field++) {
            set(entity, field, "initial value of f" + field + " #" + tag);
        }
        entity.setTags(new LinkedHashSet<>(List.of("alpha", "beta")));
        byte[] blob = new byte[64];
        blob[0] = (byte) tag.hashCode();
        entity.setBlob(blob);
        return entity;
    }

    private static void set(Holder entity, int field, String value) {
        try {
            entity.getClass().getMethod(String.format("setF%02d", field), String.class).invoke(entity, value);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Closes the entity manager and the stub. */
    @TearDown(Level.Trial)
    public void tearDown() {
        em.close();
        bao.close();
        client.close();
    }

    /**
     * Changes {@code dirty} entities (the next slice each time; each pass over all entities writes the
     * other value, so every write is a real change) and flushes.
     */
    @Benchmark
    public long flush() {
        boolean inSet = "set".equals(change);
        for (int i = 0; i < dirty; i++) {
            Holder entity = entities[cursor];
            if (inSet) {
                if ((pass & 1) == 1) {
                    entity.getTags().add("gamma");
                } else {
                    entity.getTags().remove("gamma");
                }
            } else {
                entity.setF07(values[pass & 1]);
            }
            if (++cursor == managed) {
                cursor = 0;
                pass++;
            }
        }
        em.flush();
        flushes++;
        return http.requests();
    }

    /** Checks that each flush sent exactly {@code dirty} requests (and resets the count). */
    @TearDown(Level.Iteration)
    public void checkRequests() {
        if (http.requests() != flushes * dirty) {
            throw new IllegalStateException("expected " + dirty + " requests per flush, saw " + http.requests() + " in "
                    + flushes + " flushes");
        }
        http.reset();
        flushes = 0;
    }
}
