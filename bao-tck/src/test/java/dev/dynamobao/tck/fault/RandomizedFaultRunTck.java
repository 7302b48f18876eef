package dev.dynamobao.tck.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.CounterWrites;
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
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The randomized run: {@value #SEEDS} seeds, each a fault schedule (20 % to 80 % of the write
 * attempts get a random fault, see {@link #rate(long)}) over a mixed workload of {@value #OPERATIONS_PER_SEED} operations,
 * every report checked against the store as it runs (see {@link Workload}), then the audit of the
 * unique-constraint items. A failure names its seed and prints the faults injected and the
 * operations, so it can be replayed with {@code -Dbao.fault.seed=<seed>}.
 */
@BaoTest(entities = {Account.class, Meter.class, PostTag.class, Post.class, Tag.class, User.class})
class RandomizedFaultRunTck {

    static final int SEEDS = 200;
    static final int OPERATIONS_PER_SEED = 6;
    /**
     * The share of write attempts that get a fault under {@code seed}: 0.2, 0.4, 0.6 or 0.8, so that
     * some calls exhaust every retry (unknown outcomes, throttling reported) and most do not.
     */
    static double rate(long seed) {
        return 0.2 + 0.2 * (seed % 4);
    }
    static final List<Fault> FAULTS = List.copyOf(EnumSet.complementOf(EnumSet.of(Fault.NONE, Fault.UNPROCESSED)));

    private static final Logger LOG = LoggerFactory.getLogger(RandomizedFaultRunTck.class);

    @Test
    void seededFaultSchedules_overAMixedWorkload_reportEveryOutcomeTruthfully(@BackendEndpoint URI endpoint,
                                                                                @TableName String table) {
        String only = System.getProperty("bao.fault.seed");
        long first = only == null ? 1 : Long.parseLong(only);
        long last = only == null ? SEEDS : first;
        Workload.Stats stats = new Workload.Stats();
        long faults = 0;
        int accounts = 0;
        int orphans = 0;
        int missing = 0;
        long start = System.nanoTime();
        try (FaultHarness h = new FaultHarness(endpoint, table, CounterWrites.EXACTLY_ONCE)) {
            for (long seed = first; seed <= last; seed++) {
                Workload workload = new Workload(h, "seed" + seed, stats);
                Random random = new Random(seed);
                h.http.clearRecord();
                h.http.plan(FaultPlan.seeded(seed, rate(seed), FAULTS));
                try {
                    for (int i = 0; i < OPERATIONS_PER_SEED; i++) {
                        workload.step(random);
                    }
                } catch (AssertionError | RuntimeException failure) {
                    throw new AssertionError("Seed " + seed + " failed (replay: -Dbao.fault.seed=" + seed + "; the writes of a"
                            + " flush of several entities overlap, add -Dbao.fault.maxConcurrency=1 to replay them in send order)"
                            + "\nfault schedule:\n  "
                            + String.join("\n  ", h.http.faults().stream().map(Object::toString).toList()), failure);
                } finally {
                    h.http.plan(FaultPlan.NONE);
                    faults += h.http.faults().size();
                }
                long current = seed;
                ConstraintAudit seedAudit = ConstraintAudit.of(h.all());
                accounts += seedAudit.accounts();
                orphans += seedAudit.orphans();
                missing += seedAudit.missing();
                assertEquals(0, seedAudit.orphans() + seedAudit.missing(), () -> "Seed " + current + ": " + seedAudit
                        + " (replay: -Dbao.fault.seed=" + current + ")");
                h.purge();
            }
            ConstraintAudit audit = new ConstraintAudit(accounts, orphans, missing);
            LOG.info("Randomized run: {} seeds, {} faults injected, {}; constraint audit: {} accounts, {} orphan, {} missing;"
                    + " {} ms", last - first + 1, faults, stats, audit.accounts(), audit.orphans(), audit.missing(),
                    (System.nanoTime() - start) / 1_000_000);
            assertTrue(stats.operations.get() >= (last - first + 1) * OPERATIONS_PER_SEED);
            assertEquals(0, stats.falseConflicts.get(), stats::toString);
            assertEquals(0, stats.doubleIncrements.get(), stats::toString);
            assertEquals(0, stats.untruthful.get(), stats::toString);
            assertEquals(0, audit.orphans(), "orphan constraint items");
            assertEquals(0, audit.missing(), "missing constraint items");
        }
    }
}
