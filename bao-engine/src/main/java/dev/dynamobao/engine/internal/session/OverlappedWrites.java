package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoException;
import dev.dynamobao.ConsumedCapacity;
import dev.dynamobao.FlushException;
import dev.dynamobao.engine.internal.concurrent.Settled;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.operation.CapacityBuffer;
import dev.dynamobao.engine.internal.operation.CapacitySink;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

/**
 * Sends the independent entity writes of one flush or {@code persistAll} together on the
 * factory's request threads (at most {@code maxConcurrency} in flight), then applies what
 * happened to the unit of work on the caller's thread.
 *
 * <ul>
 *   <li><b>Order per item:</b> writes that touch a common item (the entity's own, or a
 *       unique-constraint item one releases and another claims) form one task and are sent one
 *       after another in the given order; only writes with no item in common overlap.</li>
 *   <li><b>Every write is attempted</b>, whatever the others do, and each one is atomic.</li>
 *   <li><b>Single-threaded unit of work:</b> a task only sends prebuilt requests and collects
 *       their capacity in its own {@link CapacityBuffer}; the identity map, the entity states,
 *       the {@code afterSuccess} callbacks and the ledger are touched here, on the caller's
 *       thread, after every task ended.</li>
 *   <li><b>Failures:</b> none → returns; exactly one → that write's own exception; several →
 *       {@link FlushException} naming each (in the given order).</li>
 * </ul>
 */
final class OverlappedWrites {

    /**
     * One entity's prepared write.
     *
     * @param entity the entity written
     * @param model its model name, for failure reports
     * @param primaryId its primary id, for failure reports
     * @param write the prepared, non-empty write
     */
    record EntityWrite(Object entity, String model, String primaryId, PendingWrite write) {
    }

    /** How one entity's write ended, as seen on the request thread. */
    private record Sent(EntityWrite write, CapacityBuffer capacity, Throwable failure) {
    }

    private final EngineContext engine;
    private final CapacitySink ledger;

    OverlappedWrites(EngineContext engine, CapacitySink ledger) {
        this.engine = engine;
        this.ledger = ledger;
    }

    /**
     * Sends {@code writes} and applies their outcomes.
     *
     * @param operation names the call in a {@link FlushException} ({@code "flush"}, {@code "persistAll"})
     * @throws BaoException the one failed write's own exception
     * @throws FlushException when several writes failed
     */
    void run(String operation, List<EntityWrite> writes) {
        if (writes.isEmpty()) {
            return;
        }
        List<List<EntityWrite>> groups = groupBySharedItems(writes);
        List<Callable<List<Sent>>> tasks = new ArrayList<>(groups.size());
        for (List<EntityWrite> group : groups) {
            tasks.add(() -> send(group));
        }
        List<Settled<List<Sent>>> settled = engine.requestThreads().runAll(tasks);
        Map<EntityWrite, Sent> outcomes = new HashMap<>();
        for (Settled<List<Sent>> task : settled) {
            // send() catches every failure per write, so a task itself never fails.
            task.value().forEach(sent -> outcomes.put(sent.write(), sent));
        }
        apply(operation, writes, outcomes);
    }

    /** Runs on a request thread: sends each write of one group in order; never touches the unit of work. */
    private List<Sent> send(List<EntityWrite> group) {
        List<Sent> sent = new ArrayList<>(group.size());
        for (EntityWrite write : group) {
            CapacityBuffer capacity = new CapacityBuffer();
            Throwable failure = null;
            try {
                engine.writes().execute(write.write().actions(), capacity);
            } catch (Throwable any) { // reported to the caller, who rethrows it
                failure = any;
            }
            sent.add(new Sent(write, capacity, failure));
        }
        return sent;
    }

    /** On the caller's thread: ledger, capacity shares and unit-of-work updates, in the given order. */
    private void apply(String operation, List<EntityWrite> writes, Map<EntityWrite, Sent> outcomes) {
        List<FlushException.Failure> failures = new ArrayList<>();
        List<Throwable> thrown = new ArrayList<>();
        Error fatal = null;
        int written = 0;
        for (EntityWrite write : writes) {
            Sent sent = outcomes.get(write);
            PendingWrite pending = write.write();
            if (pending.checks() != null) {
                pending.checks().drainTo(ledger);
            }
            ConsumedCapacity spent = sent.capacity().total();
            sent.capacity().drainTo(ledger);
            if (pending.state() != null) {
                pending.state().addCapacity(spent);
            }
            Throwable failure = sent.failure();
            if (failure == null) {
                pending.afterSuccess().run();
                written++;
            } else if (failure instanceof Error error) {
                fatal = fatal == null ? error : fatal;
            } else {
                thrown.add(failure);
                failures.add(new FlushException.Failure(write.model(), write.primaryId(), write.entity(), asBaoException(failure, write)));
            }
        }
        if (fatal != null) {
            throw fatal;
        }
        if (thrown.size() == 1) {
            throw (RuntimeException) thrown.get(0);
        }
        if (!failures.isEmpty()) {
            throw new FlushException(operation, failures, written);
        }
    }

    private static BaoException asBaoException(Throwable failure, EntityWrite write) {
        return failure instanceof BaoException bao ? bao
                : new BaoException("Writing " + write.model() + " '" + write.primaryId() + "' failed: " + failure, failure);
    }

    /**
     * Splits the writes into groups with no item in common between groups (union of writes that
     * share an item), each group in the given order, groups ordered by their first write.
     */
    static List<List<EntityWrite>> groupBySharedItems(List<EntityWrite> writes) {
        return groupBySharedKeys(writes, write -> write.write().actions().stream().map(action -> action.write().key()).toList());
    }

    /**
     * Splits {@code items} into groups so that no two groups share a key: items sharing a key
     * (directly or through others) are in one group, in the given order; groups are ordered by
     * their first item.
     */
    static <T> List<List<T>> groupBySharedKeys(List<T> items, Function<T, ? extends Collection<ItemKey>> keys) {
        int[] parent = new int[items.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        Map<ItemKey, Integer> firstHolder = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (ItemKey key : keys.apply(items.get(i))) {
                Integer earlier = firstHolder.putIfAbsent(key, i);
                if (earlier != null) {
                    union(parent, earlier, i);
                }
            }
        }
        Map<Integer, List<T>> groups = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            groups.computeIfAbsent(root(parent, i), root -> new ArrayList<>()).add(items.get(i));
        }
        return new ArrayList<>(groups.values());
    }

    private static void union(int[] parent, int a, int b) {
        int rootA = root(parent, a);
        int rootB = root(parent, b);
        if (rootA != rootB) {
            // The smaller index stays the root, so a group is identified by its first write.
            parent[Math.max(rootA, rootB)] = Math.min(rootA, rootB);
        }
    }

    private static int root(int[] parent, int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }
}
