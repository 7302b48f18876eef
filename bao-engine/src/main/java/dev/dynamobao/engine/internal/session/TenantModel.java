package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.key.ItemKey;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.operation.WriteTarget;

/**
 * One model under the tenant of the current operation, resolved once per operation and model
 * ({@link UnitOfWork#scope}): it derives the identities, table keys and write targets of the
 * model's entities, so neither the tenant nor the decision whether it goes into the keys
 * ({@link KeyCodec#keyTenant}) travels through the collaborators' parameters.
 *
 * <p>The tenant cannot be fixed per entity manager: one entity manager may serve several tenants
 * in turn, keeping one identity map per tenant.
 *
 * @param model the model
 * @param tenant the tenant of the operation (null without tenancy), part of every identity
 * @param keyTenant the tenant written into the model's keys (null for models whose keys are never
 *     tenant-scoped)
 */
record TenantModel(EntityModel model, String tenant, String keyTenant) {

    /** {@code model} under {@code tenant}; the key tenant follows from the model's key shape. */
    static TenantModel of(EntityModel model, String tenant) {
        return new TenantModel(model, tenant, KeyCodec.keyTenant(model, tenant));
    }

    /** The identity-map key of the entity with {@code primaryId}. */
    EntityKey identity(String primaryId) {
        return new EntityKey(tenant, model.name(), primaryId);
    }

    /**
     * The table key of the entity with {@code primaryId}.
     *
     * @throws dev.dynamobao.ValidationException when the id does not fit the model's key shape
     */
    ItemKey itemKey(String primaryId) {
        return KeyCodec.itemKey(model, keyTenant, primaryId);
    }

    /** Where the writes of the entity with {@code primaryId} go. */
    WriteTarget target(String table, String primaryId) {
        return new WriteTarget(table, model, keyTenant, itemKey(primaryId), primaryId);
    }
}
