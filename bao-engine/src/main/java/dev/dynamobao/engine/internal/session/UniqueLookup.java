package dev.dynamobao.engine.internal.session;

import dev.dynamobao.Ref;
import dev.dynamobao.ValidationException;
import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.UniqueModel;
import dev.dynamobao.engine.internal.operation.ConstraintActions;
import dev.dynamobao.query.UnknownFieldException;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * Finds an entity through one of its unique constraints ({@code LAYOUT.md} §8.1): {@code GetItem}
 * of the constraint item of the current tenant, then the entity it points at, through the
 * identity map.
 */
final class UniqueLookup {

    private static final Logger LOG = LoggerFactory.getLogger(UniqueLookup.class);

    private final UnitOfWork work;
    private final EngineContext engine;

    UniqueLookup(UnitOfWork work, EngineContext engine) {
        this.work = work;
        this.engine = engine;
    }

    /**
     * The entity of {@code type} holding {@code value} in the constraint named by {@code fieldOrConstraint}.
     *
     * @param fieldOrConstraint the constrained field ({@code "email"}) or the constraint's name ({@code "uniqueEmail"})
     * @throws UnknownFieldException when the model has no such unique constraint
     */
    <T> Optional<T> find(Class<T> type, String fieldOrConstraint, Object value) {
        EntityModel model = engine.models().model(type);
        UniqueModel unique = constraint(model, fieldOrConstraint);
        TenantModel scope = work.scope(model);
        if (value == null) {
            return Optional.empty();
        }
        String text = valueText(model, unique, value);
        ItemKey key = ConstraintActions.key(model, scope.keyTenant(), unique, text);
        String field = unique.field().name();
        Map<String, AttributeValue> item = engine.get().get(key, "find " + model.name() + " by " + field + " '" + text + "'",
                work.ledger());
        String relatedId = text(item, "relatedId");
        if (relatedId == null || !model.name().equals(text(item, "relatedModel"))) {
            return Optional.empty();
        }
        Optional<T> found = work.loader().find(type, relatedId);
        if (found.isEmpty()) {
            LOG.warn("The constraint item {} points at {} '{}', which does not exist (removed without releasing its unique"
                    + " values, or expired by TTL); the value stays claimed until that item is deleted", key, model.name(), relatedId);
        }
        return found;
    }

    /** The constraint of {@code model} on the field, or with the name, {@code fieldOrConstraint}. */
    static UniqueModel constraint(EntityModel model, String fieldOrConstraint) {
        for (UniqueModel unique : model.uniques()) {
            if (unique.field().name().equals(fieldOrConstraint)) {
                return unique;
            }
        }
        for (UniqueModel unique : model.uniques()) {
            if (unique.name().equals(fieldOrConstraint)) {
                return unique;
            }
        }
        throw new UnknownFieldException(model.name() + " has no unique constraint on '" + fieldOrConstraint
                + "'; unique fields: " + model.uniques().stream().map(unique -> unique.field().name()).toList()
                + ", constraint names: " + model.uniques().stream().map(UniqueModel::name).toList());
    }

    private String valueText(EntityModel model, UniqueModel unique, Object value) {
        Class<?> target = unique.field().referenceTarget();
        if (target != null && !(value instanceof Ref<?>) && !(value instanceof String)) {
            return KeyCodec.primaryId(engine.models().model(value.getClass()), value);
        }
        if (target == null && !(value instanceof String)) {
            throw new ValidationException(model.name() + "." + unique.field().name() + " is a text field; look it up with a"
                    + " String value, not " + value.getClass().getName());
        }
        return ConstraintActions.valueText(unique, value);
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item == null ? null : item.get(attribute);
        return value == null ? null : value.s();
    }
}
