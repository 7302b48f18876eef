package dev.dynamobao.engine.internal.concurrent;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * One factory's request threads: runs the independent requests of one operation together, at most
 * {@code maxConcurrency} at once. The calling thread always works through the tasks too, so a
 * busy pool (or a task that itself calls {@link #runAll}) slows an operation down but never
 * deadlocks it. Idle threads end after a while, so an unused factory holds none. Thread-safe.
 */
public final class RequestThreads implements AutoCloseable {

    private static final long IDLE_SECONDS = 30;

    private final int maxConcurrency;
    private final ThreadPoolExecutor pool;

    /**
     * @param maxConcurrency the most tasks of one {@link #runAll} call in flight at once (at least 1)
     * @param name names the threads ({@code bao-<name>-request-<n>}), e.g. the table
     */
    public RequestThreads(int maxConcurrency, String name) {
        if (maxConcurrency < 1) {
            throw new IllegalArgumentException("maxConcurrency must be at least 1, was " + maxConcurrency);
        }
        this.maxConcurrency = maxConcurrency;
        int helpers = Math.max(1, maxConcurrency - 1);
        this.pool = new ThreadPoolExecutor(helpers, helpers, IDLE_SECONDS, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                daemonThreads(name));
        this.pool.allowCoreThreadTimeOut(true);
    }

    /** The most tasks of one call in flight at once. */
    public int maxConcurrency() {
        return maxConcurrency;
    }

    /**
     * Runs every task and returns how each ended, in task order; a failure never stops the others.
     * With one task, or {@code maxConcurrency} 1, the tasks run on the calling thread one after
     * another. The call returns only when every task has ended: an interrupt of the calling thread
     * while it waits for the last running tasks is kept (the flag is set again on return), because
     * the caller needs every outcome to keep its unit of work truthful.
     */
    public <T> List<Settled<T>> runAll(List<? extends Callable<? extends T>> tasks) {
        int count = tasks.size();
        AtomicReferenceArray<Settled<T>> results = new AtomicReferenceArray<>(count);
        AtomicInteger next = new AtomicInteger();
        // Counts finished tasks, not workers: a helper still queued behind other work when the
        // caller has claimed every task is never waited for, so nested calls cannot deadlock.
        CountDownLatch finished = new CountDownLatch(count);
        Runnable worker = () -> {
            for (int index = next.getAndIncrement(); index < count; index = next.getAndIncrement()) {
                results.set(index, run(tasks.get(index)));
                finished.countDown();
            }
        };
        int helpers = Math.min(maxConcurrency, count) - 1;
        for (int i = 0; i < helpers; i++) {
            try {
                pool.execute(worker);
            } catch (RejectedExecutionException closed) {
                break;
            }
        }
        worker.run();
        awaitUninterruptibly(finished);
        List<Settled<T>> settled = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            settled.add(results.get(i));
        }
        return Collections.unmodifiableList(settled);
    }

    private static <T> Settled<T> run(Callable<? extends T> task) {
        try {
            return Settled.success(task.call());
        } catch (Throwable failure) { // every outcome goes back to the caller, who decides what to rethrow
            return Settled.failed(failure);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops the threads; later {@link #runAll} calls run on the calling thread alone. */
    @Override
    public void close() {
        pool.shutdown();
    }

    private static ThreadFactory daemonThreads(String name) {
        AtomicInteger number = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, "bao-" + name + "-request-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
