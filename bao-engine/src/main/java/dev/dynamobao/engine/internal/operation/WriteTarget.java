package dev.dynamobao.engine.internal.operation;

import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import java.util.Objects;

/**
 * The entity item one write operation targets, and everything its requests need to address it
 * and its unique-constraint items: built once per entity (by the unit of work) and handed to
 * {@link CreateOperation}, {@link UpdateOperation}, {@link DeleteOperation} and
 * {@link ConstraintActions} instead of the clump {@code (table, model, tenant, key, primaryId)}.
 *
 * @param table the table name
 * @param model the entity's model
 * @param keyTenant the tenant written into the item's keys: null without tenancy and for models
 *     whose keys are never tenant-scoped ({@link KeyCodec#keyTenant})
 * @param key the table key of the entity item
 * @param primaryId the entity's primary id
 */
public record WriteTarget(String table, EntityModel model, String keyTenant, ItemKey key, String primaryId) {

    /** Checks that every part but the tenant is present. */
    public WriteTarget {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(primaryId, "primaryId");
    }

    /**
     * The target of the entity with {@code primaryId} for the current {@code tenant}; the key
     * tenant and the table key follow from the model's key shape.
     *
     * @param tenant the current tenant, or null
     */
    public static WriteTarget of(String table, EntityModel model, String tenant, String primaryId) {
        String keyTenant = KeyCodec.keyTenant(model, tenant);
        return new WriteTarget(table, model, keyTenant, KeyCodec.itemKey(model, keyTenant, primaryId), primaryId);
    }

    /** {@code Model 'primaryId'}, how messages name the entity. */
    public String describe() {
        return model.name() + " '" + primaryId + "'";
    }
}
