package dev.dynamobao.tck.iteration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.support.RawItems;
import dev.dynamobao.test.BaoTest;
import dev.dynamobao.test.TableName;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * {@code iterateAll} / {@code iterateBucket} over 2,500 items persisted through the library:
 * every item exactly once, in batches, with parallel workers, lazily, and the error cases.
 */
@BaoTest(entities = {Gadget.class, Shelf.class, LogLine.class})
class IterationTck {

    private static final int ITEMS = 2_500;
    private static final int WRITERS = 4;
    private static final Set<String> IDS = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void persistGadgets(BaoEntityManagerFactory bao) throws Exception {
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int writer = w;
                writers.add(pool.submit(() -> {
                    try (BaoEntityManager em = bao.createEntityManager()) {
                        for (int i = writer; i < ITEMS; i += WRITERS) {
                            Gadget gadget = new Gadget("gadget-" + i, i);
                            em.persist(gadget);
                            IDS.add(gadget.getGadgetId());
                        }
                    }
                }));
            }
            for (Future<?> writer : writers) {
                writer.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
        System.out.printf("persisted %d gadgets with %d threads in %d ms%n", ITEMS, WRITERS, (System.nanoTime() - start) / 1_000_000);
        assertEquals(ITEMS, IDS.size());
    }

    private static int bucketOf(String primaryId, int buckets) {
        return (int) (Math.abs((long) primaryId.hashCode()) % buckets);
    }

    @Test
    void iterateAll_returnsEveryItemExactlyOnce_inBatchesOfUpToBatchSize(BaoEntityManagerFactory bao, RequestCounter requests) {
        List<String> seen = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        long start = System.nanoTime();
        try (BaoEntityManager em = bao.createEntityManager(); Stream<List<Gadget>> batches = em.iterateAll(Gadget.class, 100)) {
            batches.forEach(batch -> {
                sizes.add(batch.size());
                batch.forEach(gadget -> seen.add(gadget.getGadgetId()));
            });
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("iterateAll(%d items, batch 100): %d ms, %s%n", ITEMS, millis, requests);

        assertEquals(ITEMS, seen.size(), "items returned");
        assertEquals(IDS, new HashSet<>(seen), "every item exactly once");
        assertEquals(ITEMS / 100, sizes.size(), "batches span bucket boundaries, so every batch is full");
        assertTrue(sizes.stream().allMatch(size -> size == 100), sizes::toString);
        assertEquals(10, requests.count(DynamoOperation.QUERY), "one key page per bucket");
        assertEquals(25, requests.count(DynamoOperation.BATCH_GET_ITEM), "one BatchGetItem per 100 items");
        assertEquals(35, requests.total(), requests::toString);
    }

    @Test
    void iterateAll_walksBucketsInOrder(BaoEntityManagerFactory bao) {
        List<Integer> buckets = new ArrayList<>();
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.iterateAll(Gadget.class, 7).flatMap(List::stream)
                    .forEach(gadget -> buckets.add(bucketOf(gadget.getGadgetId(), 10)));
        }
        List<Integer> sorted = new ArrayList<>(buckets);
        Collections.sort(sorted);
        assertEquals(sorted, buckets, "bucket 0 first, then 1, ... 9");
        assertEquals(ITEMS, buckets.size());
    }

    @Test
    void iterateAll_isLazy_readingOnlyWhatIsConsumed(BaoEntityManagerFactory bao, RequestCounter requests) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            Stream<List<Gadget>> batches = em.iterateAll(Gadget.class, 10);
            assertEquals(0, requests.total(), "nothing is read before the stream is consumed");
            List<Gadget> first = batches.findFirst().orElseThrow();
            assertEquals(10, first.size());
            assertEquals(1, requests.count(DynamoOperation.QUERY), requests::toString);
            assertEquals(1, requests.count(DynamoOperation.BATCH_GET_ITEM), requests::toString);
        }
    }

    @Test
    void parallelWorkersOverBuckets_coverEveryItemExactlyOnce(BaoEntityManagerFactory bao) throws Exception {
        int buckets;
        try (BaoEntityManager em = bao.createEntityManager()) {
            buckets = em.iterationBuckets(Gadget.class);
        }
        assertEquals(10, buckets);
        Map<String, Integer> owner = new ConcurrentHashMap<>();
        List<String> duplicates = Collections.synchronizedList(new ArrayList<>());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        try {
            List<Future<Integer>> workers = new ArrayList<>();
            for (int b = 0; b < buckets; b++) {
                int bucket = b;
                workers.add(pool.submit(() -> {
                    int count = 0;
                    try (BaoEntityManager em = bao.createEntityManager()) {
                        for (List<Gadget> batch : (Iterable<List<Gadget>>) em.iterateBucket(Gadget.class, bucket, 50)::iterator) {
                            for (Gadget gadget : batch) {
                                count++;
                                assertEquals(bucket, bucketOf(gadget.getGadgetId(), 10), "item in its own bucket");
                                if (owner.putIfAbsent(gadget.getGadgetId(), bucket) != null) {
                                    duplicates.add(gadget.getGadgetId());
                                }
                            }
                        }
                    }
                    return count;
                }));
            }
            int total = 0;
            for (Future<Integer> worker : workers) {
                int count = worker.get(2, TimeUnit.MINUTES);
                assertTrue(count > 0, "with 2,500 items every bucket has some");
                total += count;
            }
            System.out.printf("iterateBucket x %d workers (4 threads): %d ms%n", buckets, (System.nanoTime() - start) / 1_000_000);
            assertEquals(ITEMS, total);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(List.of(), duplicates);
        assertEquals(IDS, owner.keySet());
    }

    @Test
    void iteratedEntities_joinTheUnitOfWork(BaoEntityManagerFactory bao, RequestCounter requests) {
        try (BaoEntityManager em = bao.createEntityManager()) {
            List<Gadget> bucket = em.iterateBucket(Gadget.class, 3, 1_000).flatMap(List::stream).toList();
            Gadget first = bucket.get(0);
            requests.reset();
            assertSame(first, em.find(Gadget.class, first.getGadgetId()).orElseThrow());
            List<Gadget> again = em.iterateBucket(Gadget.class, 3, 1_000).flatMap(List::stream).toList();
            assertEquals(bucket.size(), again.size());
            for (int i = 0; i < bucket.size(); i++) {
                assertSame(bucket.get(i), again.get(i));
            }
            assertEquals(1, requests.count(DynamoOperation.QUERY), "the keys are read again");
            assertEquals(0, requests.count(DynamoOperation.BATCH_GET_ITEM), "the items come from the identity map");
            assertEquals(0, requests.count(DynamoOperation.GET_ITEM));

            first.setName("renamed while iterating");
            em.flush();
        }
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals("renamed while iterating", em.iterateBucket(Gadget.class, 3, 1_000).flatMap(List::stream)
                    .filter(gadget -> gadget.getName().startsWith("renamed")).findFirst().orElseThrow().getName());
        }
    }

    @Test
    void compositeKeys_andASingleBucket_iterate_andSkipItemsDeletedMeanwhile(BaoEntityManagerFactory bao, DynamoDbClient client,
                                                                            @TableName String table) {
        List<String> ids = new ArrayList<>();
        try (BaoEntityManager em = bao.createEntityManager()) {
            for (int i = 0; i < 5; i++) {
                Shelf shelf = new Shelf("store-1", "shelf-" + i, "Shelf " + i);
                em.persist(shelf);
                ids.add(em.primaryId(shelf));
            }
            assertEquals(1, em.iterationBuckets(Shelf.class));
        }
        Map<String, AttributeValue> stored = new RawItems(client, table).get("sh#store-1", "shelf-0");
        assertEquals("sh#iter", stored.get("_iter_pk").s());
        assertEquals("store-1##__SK__##shelf-0", stored.get("_iter_sk").s());

        List<String> seen = new ArrayList<>();
        try (BaoEntityManager em = bao.createEntityManager()) {
            Iterator<List<Shelf>> batches = em.iterateAll(Shelf.class, 2).iterator();
            List<Shelf> first = batches.next();
            assertEquals(2, first.size());
            first.forEach(shelf -> seen.add(em.primaryId(shelf)));
            try (BaoEntityManager other = bao.createEntityManager()) {
                other.remove(other.find(Shelf.class, ids.get(4)).orElseThrow());
            }
            batches.forEachRemaining(batch -> batch.forEach(shelf -> seen.add(em.primaryId(shelf))));
        }
        assertEquals(ids.subList(0, 4), seen, "index order, and the item deleted after the key page was read is skipped");
    }

    @Test
    void iterationOfANonIterableModel_failsClearly_withoutRequests(BaoEntityManager em, RequestCounter requests) {
        ValidationException all = assertThrows(ValidationException.class, () -> em.iterateAll(LogLine.class, 10));
        assertTrue(all.getMessage().contains("LogLine") && all.getMessage().contains("iterable"), all.getMessage());
        assertThrows(ValidationException.class, () -> em.iterateBucket(LogLine.class, 0, 10));
        assertThrows(ValidationException.class, () -> em.iterationBuckets(LogLine.class));
        assertEquals(0, requests.total());
    }

    @Test
    void iterateBucket_checksTheBucketAndBatchSize(BaoEntityManager em, RequestCounter requests) {
        ValidationException tooHigh = assertThrows(ValidationException.class, () -> em.iterateBucket(Gadget.class, 10, 10));
        assertTrue(tooHigh.getMessage().contains("0 to 9"), tooHigh.getMessage());
        assertThrows(ValidationException.class, () -> em.iterateBucket(Gadget.class, -1, 10));
        assertThrows(ValidationException.class, () -> em.iterateAll(Gadget.class, 0));
        assertEquals(0, requests.total());
    }

    @Test
    void consumingAfterTheEntityManagerIsClosed_fails(BaoEntityManagerFactory bao) {
        Stream<List<Gadget>> batches;
        try (BaoEntityManager em = bao.createEntityManager()) {
            batches = em.iterateAll(Gadget.class, 10);
        }
        BaoException closed = assertThrows(BaoException.class, () -> batches.findFirst());
        assertTrue(closed.getMessage().contains("closed"), closed.getMessage());
        assertFalse(closed instanceof ValidationException);
    }
}
