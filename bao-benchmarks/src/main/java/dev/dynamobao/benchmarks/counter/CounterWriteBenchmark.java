package dev.dynamobao.benchmarks.counter;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.CounterWrites;
import dev.dynamobao.benchmarks.update.StubbedBao;
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
 * CPU time of {@code views++; flush()} on an unversioned entity, per {@link CounterWrites}
 * strategy, through a real SDK client over a stub HTTP client (no network is timed).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CounterWriteBenchmark {

    @Param({"EXACTLY_ONCE", "AT_MOST_ONCE"})
    public CounterWrites strategy;

    private StubbedBao stub;
    private BaoEntityManager em;
    private PageViews page;

    @Setup(Level.Trial)
    public void setUp() {
        stub = new StubbedBao(false, strategy, PageViews.class);
        em = stub.bao().createEntityManager();
        page = new PageViews();
        page.setPath("/index.html");
        em.persist(page);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        em.close();
        stub.close();
    }

    /** One increment, flushed. */
    @Benchmark
    public long incrementAndFlush() {
        page.view();
        em.flush();
        return page.getViews();
    }
}
