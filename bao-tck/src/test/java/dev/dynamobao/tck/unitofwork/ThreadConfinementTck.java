package dev.dynamobao.tck.unitofwork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.metrics.DynamoOperation;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.tck.model.Tag;
import dev.dynamobao.test.BaoTest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Ambient units of work are thread-confined: 16 threads share one factory, each runs its own unit
 * of work, changes its own copy of one shared entity in memory, and never sees another thread's
 * copy or change (the seed's request isolation).
 */
@BaoTest(entities = Tag.class)
class ThreadConfinementTck {

    private static final int THREADS = 16;

    @Test
    void sixteenThreads_eachSeeOnlyTheirOwnUnitOfWork(BaoEntityManagerFactory bao, RequestCounter requests) throws Exception {
        Tag shared = new Tag();
        shared.setName("shared");
        try (BaoEntityManager em = bao.createEntityManager()) {
            em.persist(shared);
        }
        String id = shared.getTagId();
        requests.reset();

        CyclicBarrier allChanged = new CyclicBarrier(THREADS);
        CyclicBarrier allChecked = new CyclicBarrier(THREADS);
        Set<BaoEntityManager> entityManagers = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        Set<Tag> copies = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                String mine = "thread-" + i;
                results.add(pool.submit(() -> {
                    assertFalse(Bao.isInsideUnitOfWork());
                    bao.runInUnitOfWork(em -> {
                        entityManagers.add(em);
                        Tag tag = bao.ambient().find(Tag.class, id).orElseThrow();
                        copies.add(tag);
                        tag.setName(mine);
                        await(allChanged);

                        Tag again = bao.ambient().find(Tag.class, id).orElseThrow();
                        assertSame(tag, again, "the thread's own unit of work answers");
                        assertEquals(mine, again.getName(), "no other thread's change is visible");
                        assertTrue(Bao.isInsideUnitOfWork());
                        await(allChecked);
                        em.detach(tag);
                    });
                    assertFalse(Bao.isInsideUnitOfWork());
                    return null;
                }));
            }
            for (Future<?> result : results) {
                result.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        assertEquals(THREADS, entityManagers.size(), "one unit of work per thread");
        assertEquals(THREADS, copies.size(), "one instance per unit of work");
        assertEquals(THREADS, requests.count(DynamoOperation.GET_ITEM), requests::toString);
        assertEquals(0, requests.count(DynamoOperation.UPDATE_ITEM), "in-memory changes were never flushed");
        try (BaoEntityManager em = bao.createEntityManager()) {
            assertEquals("shared", em.find(Tag.class, id).orElseThrow().getName());
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception failure) {
            throw new IllegalStateException("threads did not meet at the barrier", failure);
        }
    }
}
