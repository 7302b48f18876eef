package dev.dynamobao.engine.internal.session;

/**
 * Identity of an entity in a unit of work: tenant, model and primary id.
 *
 * @param tenant the tenant, or null
 * @param model the model name
 * @param primaryId the primary id
 */
record EntityKey(String tenant, String model, String primaryId) {
}
