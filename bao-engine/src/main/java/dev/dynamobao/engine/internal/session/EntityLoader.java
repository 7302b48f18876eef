package dev.dynamobao.engine.internal.session;

import dev.dynamobao.BatchFindResult;
import dev.dynamobao.Ref;
import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.KeyShape;
import dev.dynamobao.engine.internal.operation.ItemMapper;
import dev.dynamobao.spi.RefBinding;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Reads entities for one unit of work: the identity map first, then {@code GetItem} or
 * {@code BatchGetItem}; turns items into managed entities.
 */
final class EntityLoader {

    private final UnitOfWork work;
    private final EngineContext engine;

    EntityLoader(UnitOfWork work, EngineContext engine) {
        this.work = work;
        this.engine = engine;
    }

    /** The primary id for an id argument: a primary id string, a Ref, an entity, or a raw single-key value. */
    String primaryIdOf(EntityModel model, Object id) {
        if (id == null) {
            throw new ValidationException("id of " + model.name() + " must not be null");
        }
        if (id instanceof String text) {
            return text;
        }
        if (id instanceof Ref<?> ref) {
            return RefBinding.id(ref, entity -> KeyCodec.primaryId(engine.models().model(entity.getClass()), entity));
        }
        if (model.type().isInstance(id)) {
            return KeyCodec.primaryId(model, id);
        }
        if (model.shape() == KeyShape.COMPOSITE) {
            throw new ValidationException(model.name() + " has a composite key; pass the primary id built with primaryId("
                    + model.type().getSimpleName() + ".class, " + model.partitionKey().name() + ", " + model.sortKey().name() + ")");
        }
        return KeyCodec.primaryId(model, id, null);
    }

    <T> Optional<T> find(Class<T> type, Object id) {
        EntityModel model = engine.models().model(type);
        TenantModel scope = work.scope(model);
        String primaryId = primaryIdOf(model, id);
        Object known = work.context().get(scope.identity(primaryId));
        if (known != null) {
            return Optional.of(type.cast(known));
        }
        ItemKey key = scope.itemKey(primaryId);
        CapacityLedger.Spending spending = work.ledger().spending();
        Map<String, AttributeValue> item = engine.get().get(key, "find " + model.name() + " '" + primaryId + "'", spending);
        if (item == null) {
            return Optional.empty();
        }
        Object entity = materialize(scope, item);
        EntityState state = work.context().state(entity);
        if (state != null) {
            spending.shareAmong(List.of(state));
        }
        return Optional.of(type.cast(entity));
    }

    <T> BatchFindResult<T> findAll(Class<T> type, Collection<?> ids) {
        EntityModel model = engine.models().model(type);
        TenantModel scope = work.scope(model);
        List<String> primaryIds = new ArrayList<>();
        for (Object id : ids) {
            primaryIds.add(primaryIdOf(model, id));
        }
        Map<String, Object> loaded = load(scope, primaryIds);
        LinkedHashMap<String, T> found = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (String primaryId : primaryIds) {
            Object entity = loaded.get(primaryId);
            if (entity != null) {
                found.put(primaryId, type.cast(entity));
            } else if (!missing.contains(primaryId)) {
                missing.add(primaryId);
            }
        }
        return new BatchFindResult<>(found, missing);
    }

    /** Entities of {@code scope} by primary id for {@code primaryIds}, from the identity map or one batched read. */
    Map<String, Object> load(TenantModel scope, Collection<String> primaryIds) {
        Map<String, Object> result = new HashMap<>();
        Map<ItemKey, String> toRead = new LinkedHashMap<>();
        for (String primaryId : primaryIds) {
            Object known = work.context().get(scope.identity(primaryId));
            if (known != null) {
                result.put(primaryId, known);
            } else {
                toRead.put(scope.itemKey(primaryId), primaryId);
            }
        }
        if (toRead.isEmpty()) {
            return result;
        }
        CapacityLedger.Spending spending = work.ledger().spending();
        Map<ItemKey, Map<String, AttributeValue>> items = engine.batchGet().getAll(new ArrayList<>(toRead.keySet()),
                key -> toRead.getOrDefault(key, key.toString()), spending);
        List<EntityState> states = new ArrayList<>();
        items.forEach((key, item) -> {
            Object entity = materialize(scope, item);
            result.put(toRead.get(key), entity);
            EntityState state = work.context().state(entity);
            if (state != null) {
                states.add(state);
            }
        });
        spending.shareAmong(states);
        return result;
    }

    /**
     * The managed entity of a stored item: the instance already in the identity map (kept as it
     * is, with any unsaved changes), or a new one read from the item.
     */
    Object materialize(TenantModel scope, Map<String, AttributeValue> item) {
        EntityModel model = scope.model();
        ItemKey key = ItemKey.of(item);
        String primaryId = KeyCodec.primaryIdOf(model, key);
        Object known = work.context().get(scope.identity(primaryId));
        if (known != null) {
            return known;
        }
        Object entity = model.newInstance();
        ItemMapper.fromItem(model, item, entity);
        EntityState state = EntityState.ofRead(scope, primaryId, key, entity);
        work.context().manageRead(entity, state);
        work.references().bindFields(state, entity);
        ChangeDetector.clear(entity);
        return entity;
    }
}
