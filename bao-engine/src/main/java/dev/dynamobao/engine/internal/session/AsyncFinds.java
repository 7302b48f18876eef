package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoException;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.model.EntityModel;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Coalesces the asynchronous finds of one unit of work, the JVM analog of the seed's same-tick
 * batching: {@code findAsync} only records the key; the first time the calling thread waits on
 * one of the futures, or calls the entity manager synchronously, every recorded find is sent in
 * one {@code BatchGetItem} (chunks of 100, any mix of models) and the futures complete.
 *
 * <p>Everything happens on the entity manager's thread, never on a timer or pool thread, so the
 * identity map stays single-threaded and completion callbacks may use the entity manager.
 * A thread other than the one that issued the finds only waits; it never sends them.
 */
final class AsyncFinds {

    private final UnitOfWork work;
    private final EngineContext engine;
    private List<Request> pending = new ArrayList<>();
    private final Map<EntityKey, Request> pendingByIdentity = new HashMap<>();
    /** Loaded requests whose futures are not completed yet; drained in order, re-entrantly. */
    private final ArrayDeque<Request> ready = new ArrayDeque<>();
    /** The thread that recorded the pending finds; only it (or the entity manager itself) sends them. */
    private Thread issuer;
    /** The thread completing futures right now, so a callback waiting on a sibling completes it in place. */
    private Thread settling;

    AsyncFinds(UnitOfWork work, EngineContext engine) {
        this.work = work;
        this.engine = engine;
    }

    /** Records a find; completes at once (no I/O) when the identity map already holds the entity. */
    <T> CompletableFuture<Optional<T>> find(Class<T> type, Object id) {
        EntityModel model = engine.models().model(type);
        TenantModel scope = work.scope(model);
        String primaryId = work.loader().primaryIdOf(model, id);
        EntityKey identity = scope.identity(primaryId);
        Object known = work.context().get(identity);
        if (known != null) {
            CoalescedFuture<Optional<T>> done = new CoalescedFuture<>(this);
            done.complete(Optional.of(type.cast(known)));
            return done;
        }
        Request request = pendingByIdentity.get(identity);
        if (request == null) {
            request = new Request(scope, identity, scope.itemKey(primaryId), new CoalescedFuture<>(this));
            pendingByIdentity.put(identity, request);
            pending.add(request);
        }
        issuer = Thread.currentThread();
        return request.future().thenApply(entity -> Optional.ofNullable(type.cast(entity)));
    }

    /** A thread waits on a future: sends the recorded finds if it is the thread that issued them. */
    void settleOnWait() {
        Thread current = Thread.currentThread();
        if (issuer == current || settling == current) {
            settle();
        }
    }

    /**
     * Sends every recorded find and completes the futures; called by the entity manager's own
     * operations (whose caller is, by contract, the thread using it). Never throws: failures
     * complete the futures exceptionally.
     */
    void settle() {
        if (pending.isEmpty() && ready.isEmpty()) {
            return;
        }
        Thread outer = settling;
        settling = Thread.currentThread();
        try {
            drainReady();
            while (!pending.isEmpty()) {
                List<Request> batch = pending;
                pending = new ArrayList<>();
                pendingByIdentity.clear();
                issuer = null;
                load(batch);
                ready.addAll(batch);
                drainReady();
            }
        } finally {
            settling = outer;
        }
    }

    /** Fails every find not sent yet (the entity manager is closing); completes loaded ones. */
    void close() {
        drainReady();
        if (pending.isEmpty()) {
            // The usual case: nothing to fail, so no exception (and no stack trace) is built.
            issuer = null;
            return;
        }
        BaoException closed = new BaoException("The entity manager was closed before this findAsync was awaited;"
                + " join the future (or call the entity manager) before closing it");
        pending.forEach(request -> request.future().completeExceptionally(closed));
        pending = new ArrayList<>();
        pendingByIdentity.clear();
        issuer = null;
    }

    /** Finds recorded and not sent yet. */
    int pendingCount() {
        return pending.size();
    }

    private void load(List<Request> batch) {
        Map<ItemKey, List<Request>> toRead = new LinkedHashMap<>();
        for (Request request : batch) {
            Object known = work.context().get(request.identity());
            if (known != null) {
                request.succeed(known);
            } else {
                toRead.computeIfAbsent(request.key(), key -> new ArrayList<>()).add(request);
            }
        }
        if (toRead.isEmpty()) {
            return;
        }
        try {
            CapacityLedger.Spending spending = work.ledger().spending();
            Map<ItemKey, Map<String, AttributeValue>> items = engine.batchGet().getAll(new ArrayList<>(toRead.keySet()),
                    key -> toRead.get(key).get(0).describe(), spending);
            Set<EntityState> states = new LinkedHashSet<>();
            toRead.forEach((key, requests) -> {
                Map<String, AttributeValue> item = items.get(key);
                for (Request request : requests) {
                    Object entity = item == null ? null
                            : work.loader().materialize(request.scope(), item);
                    EntityState state = entity == null ? null : work.context().state(entity);
                    if (state != null) {
                        states.add(state);
                    }
                    request.succeed(entity);
                }
            });
            spending.shareAmong(states);
        } catch (RuntimeException failure) {
            toRead.values().forEach(requests -> requests.forEach(request -> request.fail(failure)));
        }
    }

    private void drainReady() {
        Request request;
        while ((request = ready.poll()) != null) {
            request.completeFuture();
        }
    }

    /** One recorded find and, once loaded, its outcome. */
    private static final class Request {
        private final TenantModel scope;
        private final EntityKey identity;
        private final ItemKey key;
        private final CoalescedFuture<Object> future;
        private Object entity;
        private RuntimeException failure;

        Request(TenantModel scope, EntityKey identity, ItemKey key, CoalescedFuture<Object> future) {
            this.scope = scope;
            this.identity = identity;
            this.key = key;
            this.future = future;
        }

        TenantModel scope() {
            return scope;
        }

        EntityKey identity() {
            return identity;
        }

        ItemKey key() {
            return key;
        }

        CoalescedFuture<Object> future() {
            return future;
        }

        String describe() {
            return scope.model().name() + " '" + identity.primaryId() + "'";
        }

        void succeed(Object loaded) {
            this.entity = loaded;
        }

        void fail(RuntimeException cause) {
            this.failure = cause;
        }

        void completeFuture() {
            if (failure != null) {
                future.completeExceptionally(failure);
            } else {
                future.complete(entity);
            }
        }
    }
}
