package dev.dynamobao.engine.internal.session;

import dev.dynamobao.engine.internal.model.EntityModel;
import java.util.List;

/**
 * What the collaborators of one entity manager ({@link EntityLoader}, {@link EntityWriter},
 * {@link RefLoader}, {@link Relations}, {@link UniqueLookup}, {@link AsyncFinds},
 * {@link Iteration}, {@link BulkWriter}, {@link QueryBuilderImpl}/{@link QueryRun}) may use of
 * it: its state and its sibling collaborators, never the public entity-manager API. Implemented
 * by {@link EntityManagerImpl}, the way Hibernate's event listeners receive an
 * {@code EventSource} rather than the session façade.
 */
interface UnitOfWork {

    /** The identity map and entity states. */
    PersistenceContext context();

    /** Where the capacity of every request is recorded. */
    CapacityLedger ledger();

    /** Reads entities through the identity map. */
    EntityLoader loader();

    /** Prepares creates, updates and deletes. */
    EntityWriter writer();

    /** Binds and batch-loads lazy references. */
    RefLoader references();

    /**
     * The tenant of the current operation, resolved from the factory's tenancy settings (null
     * without tenancy).
     *
     * @throws dev.dynamobao.MissingTenantException when tenancy is on and no tenant is known
     */
    String tenant();

    /**
     * {@code model} under the tenant of the current operation: resolve it once per operation and
     * model, then derive identities, keys and write targets from it.
     *
     * @throws dev.dynamobao.MissingTenantException when tenancy is on and no tenant is known
     */
    default TenantModel scope(EntityModel model) {
        return TenantModel.of(model, tenant());
    }

    /** Whether the entity manager is still open (lazy streams and references check it). */
    boolean isOpen();

    /** Sends prepared writes as one atomic request and updates the unit of work after they succeeded. */
    void execute(List<PendingWrite> writes);
}
