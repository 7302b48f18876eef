package dev.dynamobao.benchmarks.cpu;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * CPU per call of the raw SDK with hand mapping ({@code raw*}), the AWS Enhanced Client with a bean
 * schema ({@code enhanced*}) and this library ({@code bao*}), all through one real SDK client over
 * {@link CannedHttpClient}: marshalling, signing and response parsing run, the network does not.
 * The item has 30 attributes with a string set and a binary field ({@link Samples}); see
 * {@link SideBySide} for what each call sends. Run all twelve in one JMH run and read them as
 * ratios to {@code raw*} ({@link Ratios}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SideBySideBenchmark {

    private final String[] values = {"changed value A", "changed value B"};
    private SideBySide clients;
    private long next;

    /** Builds the three clients over the stub. */
    @Setup(Level.Trial)
    public void setUp() {
        clients = new SideBySide(false);
    }

    /** Closes them. */
    @TearDown(Level.Trial)
    public void tearDown() {
        clients.close();
    }

    private String nextId() {
        return "put-" + next++;
    }

    /** GetItem, raw. */
    @Benchmark
    public Object getRaw() {
        return clients.rawGet();
    }

    /** GetItem, Enhanced Client. */
    @Benchmark
    public Object getEnhanced() {
        return clients.enhancedGet();
    }

    /** find in a new entity manager. */
    @Benchmark
    public Object getBao() {
        return clients.baoGet();
    }

    /** Conditional PutItem, raw. */
    @Benchmark
    public void putRaw() {
        clients.rawPut(nextId());
    }

    /** Conditional putItem, Enhanced Client. */
    @Benchmark
    public void putEnhanced() {
        clients.enhancedPut(nextId());
    }

    /** persist in a new entity manager. */
    @Benchmark
    public void putBao() {
        clients.baoPut(nextId());
    }

    /** One-field UpdateItem on an existing item, raw. */
    @Benchmark
    public void updateRaw() {
        clients.rawUpdate(values[(int) (next++ & 1)]);
    }

    /** One-field updateItem (nulls ignored) on an existing item, Enhanced Client. */
    @Benchmark
    public Object updateEnhanced() {
        return clients.enhancedUpdate(values[(int) (next++ & 1)]);
    }

    /** Set one field of a managed entity and flush. */
    @Benchmark
    public void updateBao() {
        clients.baoUpdate(values[(int) (next++ & 1)]);
    }

    /** Query of a 100-item partition, raw. */
    @Benchmark
    public List<?> query100Raw() {
        return clients.rawQuery();
    }

    /** Query of a 100-item partition, Enhanced Client. */
    @Benchmark
    public List<?> query100Enhanced() {
        return clients.enhancedQuery();
    }

    /** query(...).list() of a 100-item partition in a new entity manager. */
    @Benchmark
    public List<?> query100Bao() {
        return clients.baoQuery();
    }
}
