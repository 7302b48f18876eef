package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import dev.dynamobao.engine.internal.operation.ConstraintActions;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Finds an entity through one of its unique constraints: the constraint item, then the entity. */
final class UniqueLookup {

    private final EntityManagerImpl entityManager;
    private final EngineContext engine;

    UniqueLookup(EntityManagerImpl entityManager, EngineContext engine) {
        this.entityManager = entityManager;
        this.engine = engine;
    }

    <T> Optional<T> find(Class<T> type, String field, Object value) {
        EntityModel model = engine.models().model(type);
        UniqueModel unique = EntityManagerImpl.uniqueOn(model, field);
        if (value == null) {
            return Optional.empty();
        }
        String tenant = entityManager.currentTenantOrNull();
        String text = ConstraintActions.valueText(unique, value);
        ItemKey key = ConstraintActions.key(model, tenant, unique, text);
        Map<String, AttributeValue> item = engine.get().get(key, "find " + model.name() + " by " + field + " '" + text + "'",
                entityManager.ledger());
        if (item == null || item.get("relatedId") == null || item.get("relatedModel") == null
                || !model.name().equals(item.get("relatedModel").s())) {
            return Optional.empty();
        }
        return entityManager.find(type, item.get("relatedId").s());
    }
}
