package dev.dynamobao.benchmarks.tracking;

import dev.dynamobao.spi.TrackedEntity;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A setter call and an increment on an enhanced entity (the write plus one bit set in a
 * {@code long[]}) against the same calls on a plain class. The objects live in the benchmark
 * state, so the writes cannot be eliminated.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TrackedWriteBenchmark {

    private final String[] names = {"alpha", "beta"};
    private TrackedItem tracked;
    private PlainItem plain;
    private int next;

    /** Creates the objects and checks that the build enhanced {@link TrackedItem}. */
    @Setup
    public void setUp() {
        tracked = new TrackedItem();
        plain = new PlainItem();
        if (!((Object) tracked instanceof TrackedEntity)) {
            throw new IllegalStateException("TrackedItem is not enhanced: run the bao-enhancer goal 'enhance'");
        }
    }

    /** Setter on the enhanced entity. */
    @Benchmark
    public void trackedSetter() {
        tracked.setName(names[next++ & 1]);
    }

    /** Setter on the plain class. */
    @Benchmark
    public void plainSetter() {
        plain.setName(names[next++ & 1]);
    }

    /** {@code counter++} on the enhanced entity. */
    @Benchmark
    public void trackedIncrement() {
        tracked.increment();
    }

    /** {@code counter++} on the plain class. */
    @Benchmark
    public void plainIncrement() {
        plain.increment();
    }
}
