package dev.dynamobao.tck.readsinflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.test.BackendEndpoint;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.InFlightRecordingHttpClient.SentRequest;
import dev.dynamobao.test.TableName;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code iterateAll} reads the key pages of its buckets together while handing out every item
 * once, bucket after bucket, in full batches, and lazily: 470 members in 10 buckets, every
 * request held 50 ms on its way to the server.
 */
@BaoTest(entities = Member.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentIterationTck {

    private static final int MEMBERS = 470;

    private final Set<String> memberIds = new HashSet<>();
    private URI endpoint;
    private String table;

    @BeforeAll
    void storeMembers(BaoEntityManagerFactory bao, @BackendEndpoint URI backend, @TableName String tableName) {
        endpoint = backend;
        table = tableName;
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Member> members = new ArrayList<>();
            for (int i = 0; i < MEMBERS; i++) {
                members.add(new Member("member " + i));
            }
            em.upsertAll(members);
            members.forEach(member -> memberIds.add(member.getMemberId()));
        }
        assertEquals(MEMBERS, memberIds.size());
    }

    private InFlightFactory factory(int maxConcurrency) {
        return new InFlightFactory(endpoint, table, maxConcurrency, Member.class);
    }

    private static int bucketOf(String primaryId) {
        return (int) (Math.abs((long) primaryId.hashCode()) % 10);
    }

    /** Iterates every member in batches of 100, checking what each batch holds. */
    private static List<String> iterateEveryMember(BaoEntityManager em, List<Integer> sizes) {
        List<String> seen = new ArrayList<>();
        try (Stream<List<Member>> batches = em.iterateAll(Member.class, 100)) {
            batches.forEach(batch -> {
                sizes.add(batch.size());
                batch.forEach(member -> seen.add(member.getMemberId()));
            });
        }
        return seen;
    }

    @Test
    void iterateAll_readsTheKeyPagesOfItsBuckets_inFlightTogether_handingOutEveryItemOnce() {
        try (InFlightFactory f = factory(16); BaoEntityManager em = f.bao.createEntityManager()) {
            List<Integer> sizes = new ArrayList<>();
            long start = System.nanoTime();
            List<String> seen = iterateEveryMember(em, sizes);
            System.out.printf("iterateAll of %d in 10 buckets, maxConcurrency 16, each request held %d ms: %s, most in flight %d, %d ms%n",
                    MEMBERS, InFlightFactory.HOLD.toMillis(), f.requests, f.http.mostInFlight(), (System.nanoTime() - start) / 1_000_000);

            assertEquals(MEMBERS, seen.size(), "items handed out");
            assertEquals(memberIds, new HashSet<>(seen), "every item exactly once");
            assertEquals(List.of(100, 100, 100, 100, 70), sizes, "full batches across bucket boundaries");
            List<Integer> buckets = seen.stream().map(ConcurrentIterationTck::bucketOf).toList();
            assertEquals(buckets.stream().sorted().toList(), buckets, "bucket 0 first, then 1, ... 9");
            assertEquals(10, f.requests.count(DynamoOperation.QUERY), "one key page per bucket");
            assertEquals(5, f.requests.count(DynamoOperation.BATCH_GET_ITEM), "one BatchGetItem per batch of 100");
            assertEquals(15, f.requests.total(), f.requests::toString);
            assertTrue(f.http.mostInFlight() > 1, "bucket queries in flight together: " + f.http.mostInFlight());
            List<String> threads = f.http.requests("Query").stream().map(SentRequest::thread).distinct().toList();
            assertTrue(threads.size() > 1, "sent from the request threads too: " + threads);
        }
    }

    @Test
    void withMaxConcurrencyOne_theBucketsAreReadOneAfterAnother_onTheCallersThread() {
        try (InFlightFactory f = factory(1); BaoEntityManager em = f.bao.createEntityManager()) {
            List<Integer> sizes = new ArrayList<>();
            long start = System.nanoTime();
            List<String> seen = iterateEveryMember(em, sizes);
            System.out.printf("iterateAll of %d in 10 buckets, maxConcurrency 1, each request held %d ms: %s, most in flight %d, %d ms%n",
                    MEMBERS, InFlightFactory.HOLD.toMillis(), f.requests, f.http.mostInFlight(), (System.nanoTime() - start) / 1_000_000);

            assertEquals(memberIds, new HashSet<>(seen));
            assertEquals(MEMBERS, seen.size());
            assertEquals(15, f.requests.total(), f.requests::toString);
            assertEquals(1, f.http.mostInFlight());
            assertEquals(List.of(Thread.currentThread().getName()),
                    f.http.requests().stream().map(SentRequest::thread).distinct().toList());
        }
    }

    @Test
    void stoppingAfterTheFirstBatch_costsOneQueryAndOneBatchGet() {
        try (InFlightFactory f = factory(16); BaoEntityManager em = f.bao.createEntityManager()) {
            try (Stream<List<Member>> batches = em.iterateAll(Member.class, 10)) {
                assertEquals(0, f.requests.total(), "nothing is read before the stream is consumed");
                assertEquals(10, batches.findFirst().orElseThrow().size());
            }
            assertEquals(1, f.requests.count(DynamoOperation.QUERY), f.requests::toString);
            assertEquals(1, f.requests.count(DynamoOperation.BATCH_GET_ITEM), f.requests::toString);
            assertEquals(2, f.requests.total(), f.requests::toString);
        }
    }

    @Test
    void consumedCapacity_isTheSame_inFlightTogetherOrOneAfterAnother() {
        ConsumedCapacity together;
        ConsumedCapacity sequential;
        try (InFlightFactory f = factory(16); BaoEntityManager em = f.bao.createEntityManager()) {
            iterateEveryMember(em, new ArrayList<>());
            together = em.consumedCapacity();
            assertEquals(f.requests.capacity().readUnits(), together.readUnits(), 1e-9,
                    "the unit of work records every request the listeners saw");
        }
        try (InFlightFactory f = factory(1); BaoEntityManager em = f.bao.createEntityManager()) {
            iterateEveryMember(em, new ArrayList<>());
            sequential = em.consumedCapacity();
        }
        assertTrue(together.readUnits() > 0, "the backend reports read capacity: " + together);
        assertEquals(sequential.readUnits(), together.readUnits(), 1e-9);
        assertEquals(sequential.writeUnits(), together.writeUnits(), 1e-9);
    }
}
