package dev.dynamobao.benchmarks.update;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.benchmarks.update.plain.PlainWideRecord;
import java.util.concurrent.TimeUnit;
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

/**
 * One {@code flush()} of an entity manager holding {@code managed} 30-attribute entities of which
 * {@code dirty} have one changed field each: the scan for changes plus one {@code UpdateItem} per
 * dirty entity through the SDK over {@link StubHttpClient}. {@code kind=enhanced} uses dirty bits
 * ({@link WideRecord}); {@code kind=plain} compares every field with the snapshot
 * ({@link PlainWideRecord}, left unenhanced by the build).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FlushManyBenchmark {

    @Param({"1000"})
    public int managed;

    @Param({"0", "10"})
    public int dirty;

    @Param({"enhanced", "plain"})
    public String kind;

    private final String[] values = {"changed value A", "changed value B"};
    private StubbedBao stub;
    private BaoEntityManager em;
    private Wide[] entities;
    private int cursor;
    private int pass = 1;
    private long flushes;

    /** Persists {@code managed} entities through the stub; they stay managed and clean. */
    @Setup(Level.Trial)
    public void setUp() {
        stub = new StubbedBao(false, WideRecord.class, PlainWideRecord.class);
        em = stub.bao().createEntityManager();
        entities = new Wide[managed];
        for (int i = 0; i < managed; i++) {
            Wide entity = StubbedBao.filled("plain".equals(kind) ? new PlainWideRecord() : new WideRecord());
            em.persist(entity);
            entities[i] = entity;
        }
        stub.http().reset();
    }

    /** Closes the entity manager and the stub. */
    @TearDown(Level.Trial)
    public void tearDown() {
        em.close();
        stub.close();
    }

    /**
     * Changes {@code dirty} entities (the next slice each time; each pass over all entities
     * writes the other value, so every write is a real change) and flushes.
     */
    @Benchmark
    public long flush() {
        for (int i = 0; i < dirty; i++) {
            entities[cursor].setF07(values[pass & 1]);
            if (++cursor == managed) {
                cursor = 0;
                pass++;
            }
        }
        em.flush();
        flushes++;
        return stub.http().requests();
    }

    /** Checks that each flush sent exactly {@code dirty} requests. */
    @TearDown(Level.Iteration)
    public void checkRequests() {
        StubHttpClient http = stub.http();
        if (http.requests() != flushes * dirty) {
            throw new IllegalStateException("expected " + dirty + " requests per flush, saw " + http.requests() + " in "
                    + flushes + " flushes");
        }
        http.reset();
        flushes = 0;
    }
}
