package dev.dynamobao.engine.internal.concurrent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RequestThreadsTest {

    @Test
    void runAll_returnsEveryOutcomeInTaskOrder_evenAfterAFailure() {
        try (RequestThreads threads = new RequestThreads(4, "test")) {
            IllegalStateException boom = new IllegalStateException("boom");
            List<Callable<Integer>> tasks = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                int n = i;
                tasks.add(() -> {
                    if (n == 3) {
                        throw boom;
                    }
                    return n * 10;
                });
            }
            List<Settled<Integer>> settled = threads.runAll(tasks);
            assertEquals(20, settled.size());
            for (int i = 0; i < 20; i++) {
                if (i == 3) {
                    assertFalse(settled.get(i).succeeded());
                    assertSame(boom, settled.get(i).failure());
                    assertNull(settled.get(i).value());
                } else {
                    assertEquals(i * 10, settled.get(i).value());
                }
            }
        }
    }

    @Test
    void runAll_keepsAtMostMaxConcurrencyTasksRunning_andReachesIt() throws Exception {
        try (RequestThreads threads = new RequestThreads(4, "test")) {
            AtomicInteger running = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            CountDownLatch fourStarted = new CountDownLatch(4);
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tasks.add(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    fourStarted.countDown();
                    fourStarted.await(5, TimeUnit.SECONDS);
                    running.decrementAndGet();
                    return null;
                });
            }
            threads.runAll(tasks);
            assertEquals(4, most.get());
        }
    }

    @Test
    void runAll_withMaxConcurrencyOne_runsEveryTaskOnTheCallingThread() {
        try (RequestThreads threads = new RequestThreads(1, "test")) {
            Set<Thread> seen = ConcurrentHashMap.newKeySet();
            List<Callable<Void>> tasks = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                tasks.add(() -> {
                    seen.add(Thread.currentThread());
                    return null;
                });
            }
            threads.runAll(tasks);
            assertEquals(Set.of(Thread.currentThread()), seen);
        }
    }

    @Test
    void runAll_nestedInsideATask_completesWithoutDeadlock() {
        try (RequestThreads threads = new RequestThreads(2, "test")) {
            List<Callable<Integer>> outer = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                outer.add(() -> threads.runAll(List.<Callable<Integer>>of(() -> 1, () -> 2, () -> 3)).stream()
                        .mapToInt(Settled::value).sum());
            }
            assertTrue(threads.runAll(outer).stream().allMatch(settled -> settled.value() == 6));
        }
    }

    @Test
    void runAll_afterClose_stillRunsEveryTaskOnTheCallingThread() {
        RequestThreads threads = new RequestThreads(4, "test");
        threads.close();
        List<Settled<Integer>> settled = threads.runAll(List.<Callable<Integer>>of(() -> 1, () -> 2, () -> 3));
        assertEquals(List.of(1, 2, 3), settled.stream().map(Settled::value).toList());
    }
}
