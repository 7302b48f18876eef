package dev.dynamobao.benchmarks.update;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.spi.TrackedEntity;
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
 * "Change one field and flush" on a managed 30-attribute enhanced entity, against the
 * hand-written {@code UpdateItem} on the raw client, all through a real SDK client over
 * {@link StubHttpClient} (no network is timed). Request sizes: {@link RequestBytes}.
 *
 * <ul>
 *   <li>{@code handWritten}: SET f07 and a fresh version, condition on the loaded version;</li>
 *   <li>{@code handWrittenWithCapacity}: the same plus {@code ReturnConsumedCapacity: TOTAL};</li>
 *   <li>{@code handWrittenSameSemantics}: plus {@code ReturnValuesOnConditionCheckFailure: ALL_OLD};</li>
 *   <li>{@code entityManager}: {@code record.setF07(v); em.flush()} on {@link WideRecord} (like for
 *       like: not iterable, no modification date);</li>
 *   <li>{@code entityManagerFullLayout}: the same on {@link WideDocument}, whose update also sets
 *       {@code modifiedAt} and the iteration keys, as the layout requires;</li>
 *   <li>{@code handWrittenFullLayout}: those five attributes written by hand, with capacity.</li>
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ChangeOneFieldBenchmark {

    private final String[] values = {"changed value A", "changed value B"};
    private StubbedBao stub;
    private BaoEntityManager recordManager;
    private BaoEntityManager documentManager;
    private WideRecord record;
    private WideDocument document;
    private String handVersion;
    private String handDocumentVersion;
    private int next;

    /** Persists one entity of each kind through the stub, which leaves them managed and clean. */
    @Setup(Level.Trial)
    public void setUp() {
        stub = new StubbedBao(false, WideRecord.class, WideDocument.class);
        recordManager = stub.bao().createEntityManager();
        documentManager = stub.bao().createEntityManager();
        record = StubbedBao.filled(new WideRecord());
        document = StubbedBao.filled(new WideDocument());
        recordManager.persist(record);
        documentManager.persist(document);
        if (!((Object) record instanceof TrackedEntity)) {
            throw new IllegalStateException("WideRecord is not enhanced: run the bao-enhancer goal 'enhance'");
        }
        handVersion = record.getVersion();
        handDocumentVersion = document.getVersion();
        stub.http().reset();
    }

    /** Closes the entity managers and the stub. */
    @TearDown(Level.Trial)
    public void tearDown() {
        recordManager.close();
        documentManager.close();
        stub.close();
    }

    /** The minimal hand-written request. */
    @Benchmark
    public String handWritten() {
        handVersion = stub.handWrittenUpdate("wr", record.getId(), values[next++ & 1], handVersion, false);
        return handVersion;
    }

    /** The hand-written request asking for consumed capacity. */
    @Benchmark
    public String handWrittenWithCapacity() {
        handVersion = stub.handWrittenUpdate("wr", record.getId(), values[next++ & 1], handVersion, true);
        return handVersion;
    }

    /** The hand-written request with capacity and ALL_OLD on a failed condition. */
    @Benchmark
    public String handWrittenSameSemantics() {
        handVersion = stub.handWrittenUpdateSameSemantics("wr", record.getId(), values[next++ & 1], handVersion);
        return handVersion;
    }

    /** The hand-written request for the full-layout entity. */
    @Benchmark
    public String handWrittenFullLayout() {
        handDocumentVersion = stub.handWrittenFullLayoutUpdate(document.getId(), values[next++ & 1], handDocumentVersion);
        return handDocumentVersion;
    }

    /** Change one field of the managed like-for-like entity and flush. */
    @Benchmark
    public String entityManager() {
        record.setF07(values[next++ & 1]);
        recordManager.flush();
        return record.getVersion();
    }

    /** Change one field of the managed full-layout entity and flush. */
    @Benchmark
    public String entityManagerFullLayout() {
        document.setF07(values[next++ & 1]);
        documentManager.flush();
        return document.getVersion();
    }
}
