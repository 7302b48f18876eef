package dev.dynamobao;

import dev.dynamobao.schema.SchemaManager;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The thread-safe, shared entry point built once per application with {@link Bao#configure()}:
 * validated model metadata, the DynamoDB client and the table. Create one
 * {@link BaoEntityManager} per unit of work.
 */
public interface BaoEntityManagerFactory extends AutoCloseable {

    /** Opens a new unit of work. The caller closes it. */
    BaoEntityManager createEntityManager();

    /**
     * Runs {@code work} in an ambient unit of work bound to the current thread (the analog of the
     * seed's {@code runWithBatchContext}). A nested call joins the outer unit of work. Changes are
     * flushed when the outermost call returns normally.
     */
    void runInUnitOfWork(Consumer<BaoEntityManager> work);

    /** Like {@link #runInUnitOfWork(Consumer)}, returning the result of {@code work}. */
    <R> R callInUnitOfWork(Function<BaoEntityManager, R> work);

    /**
     * The ambient convenience API: inside {@link #runInUnitOfWork} it uses that unit of work
     * (batching, caching); outside it executes each call directly with no caching, or throws
     * {@link MissingUnitOfWorkException} in strict mode.
     */
    BaoOperations ambient();

    /** Table creation and verification. */
    SchemaManager schema();

    /** The configuration the factory was built from. */
    BaoConfiguration configuration();

    /** The DynamoDB client in use. */
    DynamoDbClient client();

    /** The registered entity classes. */
    List<Class<?>> entityClasses();

    /** Closes the client if the factory created it. */
    @Override
    void close();
}
