package dev.dynamobao.spi;

import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.schema.SchemaManager;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * Engine SPI, found with {@link java.util.ServiceLoader}: builds a factory from a configuration.
 * {@code bao-engine} provides the implementation; {@code bao-api} does not depend on it.
 */
public interface BaoProvider {

    /**
     * Validates every model and builds the factory.
     *
     * @throws dev.dynamobao.ModelDefinitionException listing every problem of every model
     */
    BaoEntityManagerFactory createFactory(BaoConfiguration configuration);

    /** A schema manager of {@code table}, without models (tests and tools that create or check tables). */
    SchemaManager schemaManager(DynamoDbClient client, String table);
}
