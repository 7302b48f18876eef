package dev.dynamobao.tck.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.CounterWrites;
import dev.dynamobao.WriteOutcomeUnknownException;
import dev.dynamobao.tck.model.Post;
import dev.dynamobao.tck.model.PostTag;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.tck.model.User;
import dev.dynamobao.test.BackendEndpoint;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import dev.dynamobao.test.fault.Fault;
import dev.dynamobao.test.fault.FaultPlan;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each fault × each write path, over HTTP against the real server with the SDK's own retries:
 * one fault on the first attempt is retried and the write applies exactly once (reported as
 * success); the same fault on every attempt ends in the outcome of {@link Outcome}, and what is
 * stored matches it.
 */
@BaoTest(entities = {Account.class, Meter.class, PostTag.class, Post.class, Tag.class, User.class})
class WritePathFaultTck {

    private static final AtomicInteger CASES = new AtomicInteger();
    private static FaultHarness harness;

    static synchronized FaultHarness harness(URI endpoint, String table) {
        if (harness == null || !harness.table.equals(table)) {
            harness = new FaultHarness(endpoint, table, CounterWrites.EXACTLY_ONCE);
        }
        return harness;
    }

    @AfterAll
    static synchronized void close() {
        if (harness != null) {
            harness.close();
            harness = null;
        }
    }

    static Stream<Arguments> oneFaultPerPath() {
        List<Arguments> cases = new ArrayList<>();
        for (WritePath path : WritePath.values()) {
            for (Fault fault : Fault.values()) {
                if (fault != Fault.NONE
                        && (fault != Fault.UNPROCESSED || path.operation().equals("BatchWriteItem"))
                        && (fault != Fault.TRANSACTION_CONFLICT || path.operation().equals("TransactWriteItems"))) {
                    cases.add(Arguments.of(path, fault));
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} with {1} on the first attempt")
    @MethodSource("oneFaultPerPath")
    void faultOnTheFirstAttempt_isRetried_andTheWriteIsReportedAndStoredExactlyOnce(WritePath path, Fault fault,
                                                                                   @BackendEndpoint URI endpoint, @TableName String table) {
        FaultHarness h = harness(endpoint, table);
        WritePath.Scenario scenario = path.prepare(h, "one-" + CASES.incrementAndGet());
        h.http.clearRecord();
        h.http.plan(FaultPlan.once(path.operation(), 1, fault));
        try (BaoEntityManager em = h.bao.createEntityManager()) {
            scenario.write().accept(em);
            em.flush();
        }
        h.http.plan(FaultPlan.NONE);
        assertEquals(1, h.http.faults().size(), () -> "the fault was injected once: " + h.http.injections());
        scenario.check().accept(true);
        h.purge();
    }

    @ParameterizedTest(name = "{0} with {1} on every attempt")
    @MethodSource("oneFaultPerPath")
    void faultOnEveryAttempt_reportsTheTruth_andTheStoreAgrees(WritePath path, Fault fault,
                                                               @BackendEndpoint URI endpoint, @TableName String table) {
        FaultHarness h = harness(endpoint, table);
        Outcome expected = Outcome.whenEveryAttemptGets(fault, path);
        WritePath.Scenario scenario = path.prepare(h, "every-" + CASES.incrementAndGet());
        h.http.clearRecord();
        h.http.plan(FaultPlan.firstAttempts(path.operation(), Integer.MAX_VALUE, fault));
        RuntimeException reported;
        try (BaoEntityManager em = h.bao.createEntityManager()) {
            reported = assertThrows(RuntimeException.class, () -> {
                scenario.write().accept(em);
                em.flush();
            });
        } finally {
            h.http.plan(FaultPlan.NONE);
        }
        assertInstanceOf(expected.reported(), reported, () -> "reported " + reported + " after " + h.http.injections());
        if (reported instanceof WriteOutcomeUnknownException unknown) {
            assertFalse(unknown.getMessage().contains("Nothing was written"), unknown.getMessage());
            assertTrue(unknown.whatToCheck().length() > 10, unknown.whatToCheck());
        }
        scenario.check().accept(expected.applied());
        h.purge();
    }
}
