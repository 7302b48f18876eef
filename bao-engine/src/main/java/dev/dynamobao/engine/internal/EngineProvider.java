package dev.dynamobao.engine.internal;

import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.engine.internal.schema.TableSchemaManager;
import dev.dynamobao.schema.SchemaManager;
import dev.dynamobao.spi.BaoProvider;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The engine's {@link BaoProvider}, registered in {@code META-INF/services}. */
public final class EngineProvider implements BaoProvider {

    /** Creates the provider (called by {@link java.util.ServiceLoader}). */
    public EngineProvider() {
    }

    @Override
    public BaoEntityManagerFactory createFactory(BaoConfiguration configuration) {
        return BaoFactory.create(configuration);
    }

    @Override
    public SchemaManager schemaManager(DynamoDbClient client, String table) {
        return new TableSchemaManager(client, table);
    }
}
