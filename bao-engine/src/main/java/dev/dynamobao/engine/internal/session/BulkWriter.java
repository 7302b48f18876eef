package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BaoException;
import dev.dynamobao.BatchWriteException;
import dev.dynamobao.ValidationException;
import dev.dynamobao.WriteOutcomeUnknownException;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.lifecycle.CreationDefaults;
import dev.dynamobao.engine.internal.lifecycle.EntityValidator;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.operation.Backoff;
import dev.dynamobao.engine.internal.operation.BatchWriteOperation;
import dev.dynamobao.engine.internal.operation.BatchWriteOperation.Outcome;
import dev.dynamobao.engine.internal.operation.BatchWriteOperation.Write;
import dev.dynamobao.engine.internal.operation.ItemMapper;
import dev.dynamobao.engine.internal.operation.WriteTarget;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The bulk writes of one unit of work ({@code upsertAll}, {@code removeAll}): prepares every item
 * exactly as persist would store it, rejects what a batch cannot do safely (unique constraints,
 * duplicate keys, invalid entities) before anything is sent, sends through
 * {@link BatchWriteOperation} and names what was left unwritten.
 */
final class BulkWriter {

    /** How many unwritten items a message lists by name (the exception holds them all). */
    private static final int NAMED_IN_MESSAGE = 20;

    private final UnitOfWork work;
    private final EngineContext engine;
    private final BatchWriteOperation batchWrite;

    BulkWriter(UnitOfWork work, EngineContext engine) {
        this.work = work;
        this.engine = engine;
        this.batchWrite = new BatchWriteOperation(engine.executor(),
                new Backoff(engine.configuration().retryPolicy(), Thread::sleep), engine.requestThreads());
    }

    private record Prepared(TenantModel scope, Object entity, WriteTarget target, Write write) {

        EntityModel model() {
            return scope.model();
        }

        ItemKey key() {
            return target.key();
        }

        String primaryId() {
            return target.primaryId();
        }
    }

    void upsertAll(Collection<?> entities) {
        Objects.requireNonNull(entities, "entities");
        List<EntityModel> models = new ArrayList<>();
        for (Object entity : entities) {
            Objects.requireNonNull(entity, "upsertAll: the collection must not contain null");
            EntityWriter.requireNotRef(entity);
            EntityModel model = engine.models().model(entity.getClass());
            requireNoUniqueConstraint(model, "upsertAll", "persist(entity) or em.transaction(tx -> tx.persist(entity))");
            models.add(model);
        }
        String tenant = work.tenant();
        Map<EntityModel, TenantModel> scopes = new HashMap<>();
        Instant now = Instant.now(engine.clock());
        Map<ItemKey, Prepared> prepared = new LinkedHashMap<>();
        int index = 0;
        for (Object entity : entities) {
            EntityModel model = models.get(index++);
            TenantModel scope = scopes.computeIfAbsent(model, each -> TenantModel.of(each, tenant));
            CreationDefaults.apply(model, entity, now);
            EntityValidator.validate(model, entity, model.fields());
            String primaryId = KeyCodec.primaryId(model, entity);
            WriteTarget target = scope.target(engine.table(), primaryId);
            Write write = Write.put(ItemMapper.toItem(target, entity));
            if (prepared.putIfAbsent(target.key(), new Prepared(scope, entity, target, write)) != null) {
                throw new ValidationException(model.name() + " '" + primaryId + "' appears twice in upsertAll; pass each"
                        + " entity once (one BatchWriteItem may not write a key twice). Nothing was sent.");
            }
        }
        CapacityLedger.Spending spending = work.ledger().spending();
        Outcome outcome = batchWrite.write(prepared.values().stream().map(Prepared::write).toList(), "upsertAll", spending);
        Set<ItemKey> unwritten = keysOf(outcome);
        List<EntityState> states = new ArrayList<>();
        List<String> unwrittenIds = new ArrayList<>();
        List<Object> unwrittenEntities = new ArrayList<>();
        for (Prepared item : prepared.values()) {
            if (!unwritten.contains(item.key())) {
                states.add(manage(item));
            }
        }
        // In the outcome's order: the ones that may have been written first.
        List<Prepared> unwrittenItems = outcome.unwritten().stream().map(write -> prepared.get(write.key())).toList();
        for (Prepared item : unwrittenItems) {
            unwrittenIds.add(item.primaryId());
            unwrittenEntities.add(item.entity());
        }
        spending.shareAmong(states);
        if (!outcome.complete()) {
            Prepared first = unwrittenItems.get(0);
            throw incomplete("upsertAll", first.model().name(), unwrittenItems.stream()
                    .map(item -> item.model().name() + " '" + item.primaryId() + "'").toList(),
                    unwrittenIds, unwrittenEntities, prepared.size(), outcome,
                    "call upsertAll(e.unwrittenEntities()) again later (an upsert is idempotent)");
        }
    }

    void removeAll(Class<?> type, Collection<?> ids) {
        Objects.requireNonNull(ids, "ids");
        EntityModel model = engine.models().model(type);
        requireNoUniqueConstraint(model, "removeAll", "remove(entity), or em.transaction(tx -> tx.remove(entity))");
        TenantModel scope = work.scope(model);
        Map<ItemKey, String> keys = new LinkedHashMap<>();
        for (Object id : ids) {
            String primaryId = work.loader().primaryIdOf(model, id);
            if (keys.putIfAbsent(scope.itemKey(primaryId), primaryId) != null) {
                throw new ValidationException(model.name() + " '" + primaryId + "' appears twice in removeAll; pass each id"
                        + " once (one BatchWriteItem may not write a key twice). Nothing was sent.");
            }
        }
        Outcome outcome = batchWrite.write(keys.keySet().stream().map(Write::delete).toList(), "removeAll " + model.name(),
                work.ledger().spending());
        Set<ItemKey> unwritten = keysOf(outcome);
        // In the outcome's order: the ones that may have been deleted first.
        List<String> unwrittenIds = outcome.unwritten().stream().map(write -> keys.get(write.key())).toList();
        keys.forEach((key, primaryId) -> {
            if (!unwritten.contains(key)) {
                Object managed = work.context().get(scope.identity(primaryId));
                if (managed != null) {
                    work.context().evict(managed);
                }
            }
        });
        if (!outcome.complete()) {
            throw incomplete("removeAll", model.name(), unwrittenIds.stream().map(id -> model.name() + " '" + id + "'").toList(),
                    unwrittenIds, List.of(), keys.size(), outcome, "call removeAll(" + type.getSimpleName()
                            + ".class, e.unprocessedIds()) again later (deleting twice is harmless)");
        }
    }

    /** Manages a written entity afresh (its stored values become the snapshot), replacing any other instance of its key. */
    private EntityState manage(Prepared item) {
        PersistenceContext context = work.context();
        Object previous = context.get(item.scope().identity(item.primaryId()));
        if (previous != null && previous != item.entity()) {
            context.evict(previous);
        }
        if (context.state(item.entity()) != null) {
            context.evict(item.entity());
        }
        EntityState state = new EntityState(item.scope(), item.primaryId(), item.key(), item.entity());
        context.manage(item.entity(), state);
        work.references().bindFields(state, item.entity());
        ChangeDetector.clear(item.entity());
        return state;
    }

    private static void requireNoUniqueConstraint(EntityModel model, String operation, String instead) {
        if (!model.uniques().isEmpty()) {
            throw new ValidationException(operation + " cannot write " + model.name() + ": it has unique constraints ("
                    + model.uniques().stream().map(unique -> unique.field().name()).toList() + "), whose claims must change in"
                    + " the same transaction as the item, which BatchWriteItem cannot do. Use " + instead
                    + " (a transaction holds up to 100 actions). Nothing was sent.");
        }
    }

    private static Set<ItemKey> keysOf(Outcome outcome) {
        Set<ItemKey> keys = new HashSet<>();
        outcome.unwritten().forEach(write -> keys.add(write.key()));
        return keys;
    }

    private BaoException incomplete(String operation, String firstModel, List<String> named, List<String> unwrittenIds,
                                    List<Object> unwrittenEntities, int total, Outcome outcome, String retry) {
        int written = total - unwrittenIds.size();
        if (outcome.unknownCount() > 0) {
            // The request holding the first unknownCount of them got no answer that tells: they may
            // have been written. Never report them as "not written".
            int unknown = outcome.unknownCount();
            List<String> maybe = named.subList(0, Math.min(unknown, named.size()));
            String list = maybe.size() <= NAMED_IN_MESSAGE ? maybe.toString()
                    : maybe.subList(0, NAMED_IN_MESSAGE) + " and " + (maybe.size() - NAMED_IN_MESSAGE) + " more";
            int notWritten = unwrittenIds.size() - unknown;
            return new WriteOutcomeUnknownException(firstModel, unwrittenIds.get(0), operation + " of " + total + " item(s) ("
                    + written + " written; " + unknown + " in a request that got no answer that tells, so written or not: "
                    + list + (notWritten > 0 ? "; " + notWritten + " more not written" : "") + ")", null,
                    "Check them with find or findAll; to finish, " + retry + ".", outcome.failure());
        }
        String reason = outcome.failure() != null
                ? "a BatchWriteItem request failed (" + outcome.failure().getMessage() + ")"
                : "DynamoDB still returned them as UnprocessedItems after " + outcome.attempts() + " attempts"
                        + " (RetryPolicy.maxAttempts " + engine.configuration().retryPolicy().maxAttempts() + ")";
        String list = named.size() <= NAMED_IN_MESSAGE ? named.toString()
                : named.subList(0, NAMED_IN_MESSAGE) + " and " + (named.size() - NAMED_IN_MESSAGE) + " more (see unprocessedIds())";
        return new BatchWriteException(operation + " wrote " + written + " of " + total + " item(s); these " + unwrittenIds.size()
                + " were NOT written: " + list + ", because " + reason + ". Every other item is written. To finish, " + retry
                + ", or raise RetryPolicy.maxAttempts or the table's write capacity.", unwrittenIds, unwrittenEntities, written,
                outcome.failure());
    }
}
