package dev.dynamobao.tck.fault;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BatchFindResult;
import dev.dynamobao.CounterWrites;
import dev.dynamobao.FlushException;
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
import dev.dynamobao.test.fault.Injection;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The cases the fault matrix does not cover: another writer between a lost response and its
 * retry, a flush of several entities whose middle write has no answer, the at-most-once counter
 * strategy, unprocessed batch keys over HTTP, and the measured request cost of each counter strategy.
 */
@BaoTest(entities = {Account.class, Meter.class, PostTag.class, Post.class, Tag.class, User.class})
class TruthfulOutcomeTck {

    private static final Logger LOG = LoggerFactory.getLogger(TruthfulOutcomeTck.class);

    @Test
    void versionedUpdate_whoseRetryFindsAnotherWritersVersion_reportsTheOutcomeUnknown_notAConflict(
            @BackendEndpoint URI endpoint, @TableName String table) {
        try (FaultHarness h = new FaultHarness(endpoint, table, CounterWrites.EXACTLY_ONCE)) {
            String id = WritePath.persisted(h, "interleaved");
            // Attempt 1 is applied and its response lost; before the SDK's retry, another writer
            // (who read our change) writes a newer version. The retry's condition then fails on
            // an item that carries neither the loaded version nor ours.
            h.http.plan(request -> {
                if (!request.operation().equals("UpdateItem")) {
                    return Fault.NONE;
                }
                if (request.attempt() == 1) {
                    return Fault.LOSE_RESPONSE;
                }
                if (request.attempt() == 2) {
                    h.plain.updateItem(b -> b.tableName(table).key(Map.of("_pk", AttributeValue.fromS("fa#" + id),
                                    "_sk", AttributeValue.fromS("fa")))
                            .updateExpression("SET #n = :n, #v = :v")
                            .expressionAttributeNames(Map.of("#n", "nickname", "#v", "version"))
                            .expressionAttributeValues(Map.of(":n", AttributeValue.fromS("theirs"),
                                    ":v", AttributeValue.fromS("THEIR-VERSION"))));
                }
                return Fault.NONE;
            });
            WriteOutcomeUnknownException unknown;
            try (BaoEntityManager em = h.bao.createEntityManager()) {
                em.find(Account.class, id).orElseThrow().setNickname("mine");
                unknown = assertThrows(WriteOutcomeUnknownException.class, em::flush);
            }
            h.http.plan(FaultPlan.NONE);
            assertEquals("Account", unknown.model());
            assertEquals(id, unknown.primaryId());
            assertEquals("update", unknown.operation());
            assertTrue(unknown.whatToCheck().contains(unknown.writtenVersion()), unknown.whatToCheck());
            assertEquals("theirs", h.item("fa", id).get("nickname").s());
        }
    }

    @Test
    void flushOfThreeEntities_whereOnlyOneWriteGetsThrough_namesTheTwoOthers_andWritesTheOne(@BackendEndpoint URI endpoint,
                                                                                          @TableName String table) {
        try (FaultHarness h = new FaultHarness(endpoint, table, CounterWrites.EXACTLY_ONCE)) {
            List<String> ids = List.of(WritePath.meter(h, "f1"), WritePath.meter(h, "f2"), WritePath.meter(h, "f3"));
            AtomicInteger firstCall = new AtomicInteger();
            // The first UpdateItem goes through; every attempt of every later one is answered 500, unapplied.
            h.http.plan(request -> {
                if (!request.operation().equals("UpdateItem")) {
                    return Fault.NONE;
                }
                firstCall.compareAndSet(0, request.call());
                return request.call() == firstCall.get() ? Fault.NONE : Fault.HTTP_500;
            });
            try (BaoEntityManager em = h.bao.createEntityManager()) {
                List<Meter> meters = new ArrayList<>();
                for (String id : ids) {
                    Meter meter = em.find(Meter.class, id).orElseThrow();
                    meter.setNote("flushed");
                    meters.add(meter);
                }
                // Every write of a flush is attempted: one is written, the two others end unknown.
                FlushException failure = assertThrows(FlushException.class, em::flush);
                h.http.plan(FaultPlan.NONE);

                assertEquals(1, failure.writtenCount());
                assertEquals(2, failure.failures().size());
                for (FlushException.Failure failed : failure.failures()) {
                    WriteOutcomeUnknownException unknown = assertInstanceOf(WriteOutcomeUnknownException.class, failed.cause());
                    assertEquals("Meter", unknown.model());
                    assertEquals(failed.primaryId(), unknown.primaryId());
                    assertEquals("first", h.item("fm", unknown.primaryId()).get("note").s(), "answered 500 unapplied: not stored");
                }
                long written = ids.stream().filter(id -> "flushed".equals(h.item("fm", id).get("note").s())).count();
                assertEquals(1, written, "the write that got through is stored, the two failed ones are not");

                em.flush();
                for (String id : ids) {
                    assertEquals("flushed", h.item("fm", id).get("note").s(), "the failed entities kept their change");
                }
            }
        }
    }

    @Test
    void counterAtMostOnce_whoseResponseIsLost_reportsTheOutcomeUnknown_andNeverAddsTwice(@BackendEndpoint URI endpoint,
                                                                                          @TableName String table) {
        try (FaultHarness h = new FaultHarness(endpoint, table, CounterWrites.AT_MOST_ONCE)) {
            String id = WritePath.meter(h, "at-most-once");
            h.http.clearRecord();
            h.http.plan(FaultPlan.once("UpdateItem", 1, Fault.LOSE_RESPONSE));
            try (BaoEntityManager em = h.bao.createEntityManager()) {
                em.find(Meter.class, id).orElseThrow().read();
                assertThrows(WriteOutcomeUnknownException.class, em::flush);
            }
            h.http.plan(FaultPlan.NONE);
            assertEquals(1, h.http.attempts("UpdateItem"), "the SDK did not resend the increment");
            assertEquals("1", h.item("fm", id).get("reads").n());

            h.http.plan(FaultPlan.once("UpdateItem", 1, Fault.THROTTLING));
            try (BaoEntityManager em = h.bao.createEntityManager()) {
                em.find(Meter.class, id).orElseThrow().read();
                em.flush();
            }
            h.http.plan(FaultPlan.NONE);
            assertEquals("2", h.item("fm", id).get("reads").n(), "a throttled increment is resent, once");
        }
    }

    @Test
    void findAll_whoseKeysComeBackUnprocessed_readsThemAgainUntilAllAreRead(@BackendEndpoint URI endpoint,
                                                                            @TableName String table) {
        try (FaultHarness h = new FaultHarness(endpoint, table, CounterWrites.EXACTLY_ONCE)) {
            List<String> ids = List.of(WritePath.meter(h, "b1"), WritePath.meter(h, "b2"), WritePath.meter(h, "b3"));
            h.http.clearRecord();
            h.http.plan(FaultPlan.once("BatchGetItem", 1, Fault.UNPROCESSED));
            BatchFindResult<Meter> found;
            try (BaoEntityManager em = h.bao.createEntityManager()) {
                found = em.findAll(Meter.class, ids);
            }
            h.http.plan(FaultPlan.NONE);
            assertEquals(3, found.items().size());
            assertEquals(2, h.http.attempts("BatchGetItem"));
        }
    }

    /**
     * The measured cost of one unversioned counter increment per strategy, over HTTP: the request
     * the library sends and its body size (the consumed capacity moto reports is logged too; it
     * gives none for transactions, whose price is 2 write units per item up to 1 KB).
     */
    @Test
    void counterStrategies_sendTheRequestTheyDocument(@BackendEndpoint URI endpoint, @TableName String table) {
        for (CounterWrites strategy : CounterWrites.values()) {
            try (FaultHarness h = new FaultHarness(endpoint, table, strategy)) {
                String id = WritePath.meter(h, "cost-" + strategy);
                h.http.clearRecord();
                try (BaoEntityManager em = h.bao.createEntityManager()) {
                    em.find(Meter.class, id).orElseThrow().read();
                    em.flush();
                }
                List<Injection> writes = h.http.injections().stream()
                        .filter(injection -> FaultPlan.isWrite(injection.request().operation())).toList();
                assertEquals(1, writes.size(), () -> strategy + " sends one write: " + writes);
                String expected = strategy == CounterWrites.EXACTLY_ONCE ? "TransactWriteItems" : "UpdateItem";
                assertEquals(expected, writes.get(0).request().operation());
                assertEquals("1", h.item("fm", id).get("reads").n());
                LOG.info("Counter increment, {}: one {} of {} request bytes", strategy, expected, writes.get(0).requestBytes());
            }
        }
    }
}
