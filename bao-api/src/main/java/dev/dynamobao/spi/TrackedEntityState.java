package dev.dynamobao.spi;

/**
 * Engine SPI: an engine's per-instance state of an enhanced entity (what
 * {@link TrackedEntity#$bao$state(Object)} stores) that wants to hear when the entity changes. An
 * enhanced entity whose {@link TrackedEntity#$bao$reportsWrites()} is {@code true} calls
 * {@link #written(TrackedEntity)} on its state when a tracked field's dirty bit goes from clear to
 * set, so an engine can keep a list of the entities that may have changed instead of visiting every
 * managed one; likewise {@link #read(TrackedEntity, int)} for reads of fields whose value may change in
 * place. Applications never implement or call it.
 */
public interface TrackedEntityState {

    /**
     * A tracked field of {@code entity} was written while its bit was clear. Runs on the thread that
     * wrote the field, inside the entity's setter: keep it short and never throw.
     *
     * @param entity the entity whose field was written (the one holding this state)
     */
    void written(TrackedEntity entity);

    /**
     * A tracked field of {@code entity} that may hold a mutable value (an array, a collection, a user type)
     * was read in the entity's own code (typically its getter), so whoever read it can now change the value
     * in place. Called at every such read of an entity whose {@link TrackedEntity#$bao$reportsReads()} is
     * {@code true}: keep it short and never throw.
     *
     * @param entity the entity whose field was read (the one holding this state)
     * @param trackedIndex the field's index in {@link TrackedEntity#$bao$trackedFields()}
     */
    default void read(TrackedEntity entity, int trackedIndex) {
    }
}
