package dev.dynamobao.engine.internal.session;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A future of {@link AsyncFinds}: waiting on it (or on any future derived from it with
 * {@code thenApply}, {@code thenCompose}, ...) first sends the finds its entity manager collected,
 * as one batched read on the waiting thread, so nothing runs on a background thread and the
 * entity manager stays single-threaded.
 *
 * @param <T> the result type
 */
final class CoalescedFuture<T> extends CompletableFuture<T> {

    private final AsyncFinds finds;

    CoalescedFuture(AsyncFinds finds) {
        this.finds = finds;
    }

    @Override
    public T join() {
        settleIfPending();
        return super.join();
    }

    @Override
    public T get() throws InterruptedException, ExecutionException {
        settleIfPending();
        return super.get();
    }

    @Override
    public T get(long timeout, TimeUnit unit) throws InterruptedException, ExecutionException, TimeoutException {
        settleIfPending();
        return super.get(timeout, unit);
    }

    /** Derived stages are coalesced futures too, so waiting on them also sends the batch. */
    @Override
    public <U> CompletableFuture<U> newIncompleteFuture() {
        return new CoalescedFuture<>(finds);
    }

    private void settleIfPending() {
        if (!isDone()) {
            finds.settleOnWait();
        }
    }
}
