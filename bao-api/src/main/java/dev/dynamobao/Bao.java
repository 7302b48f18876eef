package dev.dynamobao;

import dev.dynamobao.schema.SchemaManager;
import dev.dynamobao.spi.BaoProvider;
import dev.dynamobao.spi.ConfigFileProvider;
import dev.dynamobao.spi.RuntimeEnhancer;
import dev.dynamobao.spi.UnitOfWorkContext;
import java.util.Objects;
import java.util.ServiceLoader;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Entry point of DynamoBao.
 *
 * <pre>{@code
 * BaoEntityManagerFactory bao = Bao.configure().table("my-app").entities(User.class).build();
 * }</pre>
 */
public final class Bao {

    private Bao() {
    }

    /** Starts configuring a factory. */
    public static BaoConfiguration.Builder configure() {
        return BaoConfiguration.builder();
    }

    /**
     * A schema manager for {@code table} on {@code client}, without building a factory (tools and
     * tests that create, check or delete tables; {@code factory.schema()} gives the same for a factory).
     *
     * @throws ConfigurationException when no engine is on the class path
     */
    public static SchemaManager schema(DynamoDbClient client, String table) {
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(table, "table");
        return provider().schemaManager(client, table);
    }

    static BaoProvider provider() {
        return ServiceLoader.load(BaoProvider.class, Bao.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new ConfigurationException(
                        "No DynamoBao engine found: add dev.dynamobao:bao-engine to the runtime class path"));
    }

    static ConfigFileProvider configFileProvider() {
        return ServiceLoader.load(ConfigFileProvider.class, Bao.class.getClassLoader())
                .findFirst()
                .orElseThrow(() -> new ConfigurationException(
                        "Reading dynamo-bao.yaml (fromConfig) needs dev.dynamobao:bao-codegen on the runtime class path:"
                        + " add it as a runtime dependency, or configure with builder calls and environment variables"));
    }

    /**
     * Whether the current thread runs inside {@code runInUnitOfWork} (the analog of the seed's
     * {@code isInsideBatchContext}).
     */
    public static boolean isInsideUnitOfWork() {
        return UnitOfWorkContext.current().isPresent();
    }

    /**
     * Attaches the dirty-tracking agent of {@code bao-enhancer} to the running JVM, so that entity
     * classes <em>loaded afterwards</em> are enhanced without a build step. Call it first thing in
     * {@code main}, before any entity class is touched: a class the JVM has already loaded cannot
     * gain fields any more and keeps using snapshot comparison. Idempotent.
     *
     * @return {@code true} when the agent is active, {@code false} when {@code bao-enhancer} is not
     *     on the class path or the JVM refused the attach
     */
    public static boolean installEnhancementAgent() {
        return ServiceLoader.load(RuntimeEnhancer.class, Bao.class.getClassLoader()).findFirst()
                .map(RuntimeEnhancer::install).orElse(false);
    }
}
