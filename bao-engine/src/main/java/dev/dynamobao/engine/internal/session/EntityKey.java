package dev.dynamobao.engine.internal.session;

import java.util.Objects;

/**
 * Identity of an entity in a unit of work: tenant, model and primary id.
 *
 * @param tenant the tenant, or null
 * @param model the model name
 * @param primaryId the primary id
 */
record EntityKey(String tenant, String model, String primaryId) {

    // equals and hashCode are written out: a record's generated ones are bootstrapped through
    // java.lang.runtime.ObjectMethods on first use, about 40 ms of a cold start's first find.

    @Override
    public boolean equals(Object other) {
        return other instanceof EntityKey key && Objects.equals(tenant, key.tenant) && Objects.equals(model, key.model)
                && Objects.equals(primaryId, key.primaryId);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(tenant) * 31 + Objects.hashCode(model)) * 31 + Objects.hashCode(primaryId);
    }
}
