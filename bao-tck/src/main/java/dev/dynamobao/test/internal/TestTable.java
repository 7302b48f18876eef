package dev.dynamobao.test.internal;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.schema.SchemaManager;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One test table with the full layout, its request counter and its lazily built factory. Closing
 * it closes the factory and deletes the table.
 */
public final class TestTable implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TestTable.class);

    private final DynamoDbClient client;
    private final SchemaManager schema;
    private final List<Class<?>> entities;
    private final RequestCounter counter = new RequestCounter();
    private BaoEntityManagerFactory factory;

    private TestTable(DynamoDbClient client, String name, List<Class<?>> entities) {
        this.client = client;
        this.schema = Bao.schema(client, name);
        this.entities = List.copyOf(entities);
    }

    /** Creates the table (or checks it, if a table of that name exists) and returns it. */
    public static TestTable create(DynamoDbClient client, String name, List<Class<?>> entities) {
        TestTable table = new TestTable(client, name, entities);
        table.schema.ensureTable();
        LOG.debug("Created test table '{}'", name);
        return table;
    }

    /** The table name. */
    public String name() {
        return schema.tableName();
    }

    /** The table's schema manager. */
    public SchemaManager schema() {
        return schema;
    }

    /** The counter registered on {@link #factory()}. */
    public RequestCounter counter() {
        return counter;
    }

    /**
     * The factory for this table, built on first use with the test's entities and {@link #counter()}.
     *
     * @throws dev.dynamobao.ConfigurationException when no engine is on the class path
     */
    public synchronized BaoEntityManagerFactory factory() {
        if (factory == null) {
            factory = Bao.configure()
                    .client(client)
                    .table(name())
                    .entities(entities)
                    .requestListener(counter)
                    .build();
        }
        return factory;
    }

    /** Closes the factory, if built, and deletes the table. */
    @Override
    public synchronized void close() {
        try {
            if (factory != null) {
                factory.close();
            }
        } finally {
            factory = null;
            schema.deleteTable();
        }
    }
}
