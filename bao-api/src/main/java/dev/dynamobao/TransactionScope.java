package dev.dynamobao;

/**
 * Collects writes for one {@code TransactWriteItems}. See
 * {@link BaoEntityManager#transaction(java.util.function.Consumer)}.
 */
public interface TransactionScope {

    /** Adds the creation of {@code entity} (and its unique-constraint items). */
    void persist(Object entity);

    /** Adds the changes of managed {@code entity}; nothing when unchanged. */
    void save(Object entity);

    /** Adds the deletion of {@code entity} (and the release of its unique values). */
    void remove(Object entity);
}
