package dev.dynamobao.tck.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import dev.dynamobao.test.fault.FaultPlan;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The concurrent soak: {@value #THREADS} threads each run the mixed workload on their own entities
 * and increment one shared counter, with faults on; every report is checked as it runs, then the
 * shared counter must equal the acknowledged increments plus at most the unknown ones, and the
 * unique-constraint items must match the accounts.
 */
@BaoTest(entities = {Account.class, Meter.class, PostTag.class, Post.class, Tag.class, User.class})
class ConcurrentFaultSoakTck {

    static final int THREADS = 16;
    static final int OPERATIONS_PER_THREAD = 25;
    static final long SEED = 13;
    static final double FAULT_RATE = 0.75;

    private static final Logger LOG = LoggerFactory.getLogger(ConcurrentFaultSoakTck.class);

    @Test
    void sixteenThreadsWithFaults_reportTruthfully_andTheAuditBalances(@BackendEndpoint URI endpoint, @TableName String table)
            throws Exception {
        Workload.Stats stats = new Workload.Stats();
        AtomicLong sharedAcknowledged = new AtomicLong();
        AtomicLong sharedUnknown = new AtomicLong();
        AtomicLong sharedFailed = new AtomicLong();
        long start = System.nanoTime();
        try (FaultHarness h = new FaultHarness(endpoint, table, CounterWrites.EXACTLY_ONCE)) {
            Meter shared = new Meter();
            shared.setNote("shared");
            h.clean(em -> em.persist(shared));
            h.http.clearRecord();
            h.http.plan(FaultPlan.seeded(SEED, FAULT_RATE, RandomizedFaultRunTck.FAULTS));
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            List<Future<?>> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                threads.add(pool.submit(() -> {
                    Workload workload = new Workload(h, "soak" + thread, stats);
                    Random random = new Random(SEED * 100 + thread);
                    for (int i = 0; i < OPERATIONS_PER_THREAD; i++) {
                        if (i % 4 == 3) {
                            incrementShared(h, shared.getMeterId(), sharedAcknowledged, sharedUnknown, sharedFailed);
                        } else {
                            workload.step(random);
                        }
                    }
                    return null;
                }));
            }
            pool.shutdown();
            for (Future<?> thread : threads) {
                thread.get();
            }
            h.http.plan(FaultPlan.NONE);
            long faults = h.http.faults().size();
            long reads = Long.parseLong(h.item("fm", shared.getMeterId()).get("reads").n());
            ConstraintAudit audit = ConstraintAudit.of(h.all());
            LOG.info("Concurrent soak: {} threads, {} faults injected, {}; shared counter {} = {} acknowledged + {} of {} unknown"
                    + " ({} failed with nothing written); constraint audit: {} accounts, {} orphan, {} missing; {} ms", THREADS,
                    faults, stats, reads, sharedAcknowledged, reads - sharedAcknowledged.get(), sharedUnknown, sharedFailed,
                    audit.accounts(), audit.orphans(), audit.missing(), (System.nanoTime() - start) / 1_000_000);
            assertTrue(reads >= sharedAcknowledged.get(), "every acknowledged increment is stored");
            assertTrue(reads <= sharedAcknowledged.get() + sharedUnknown.get(), "no increment is applied twice");
            assertEquals(0, stats.falseConflicts.get(), stats::toString);
            assertEquals(0, stats.doubleIncrements.get(), stats::toString);
            assertEquals(0, stats.untruthful.get(), stats::toString);
            assertEquals(0, audit.orphans(), "orphan constraint items");
            assertEquals(0, audit.missing(), "missing constraint items");
        }
    }

    /** One increment of the counter every thread shares (unversioned: it merges, never conflicts). */
    private static void incrementShared(FaultHarness h, String id, AtomicLong acknowledged, AtomicLong unknown, AtomicLong failed) {
        try (BaoEntityManager em = h.bao.createEntityManager()) {
            em.find(Meter.class, id).orElseThrow().read();
            em.flush();
            acknowledged.incrementAndGet();
        } catch (WriteOutcomeUnknownException outcomeUnknown) {
            unknown.incrementAndGet();
        } catch (RuntimeException notApplied) {
            if (!Workload.knownNotApplied(notApplied)) {
                throw notApplied;
            }
            failed.incrementAndGet();
        }
    }
}
