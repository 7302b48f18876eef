package dev.dynamobao.engine.internal;

import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.BaoOperations;
import dev.dynamobao.EnhancementMode;
import dev.dynamobao.engine.internal.convert.ConverterFactory;
import dev.dynamobao.engine.internal.key.KeyCodec;
import dev.dynamobao.engine.internal.metrics.ModelNames;
import dev.dynamobao.engine.internal.metrics.RequestMetrics;
import dev.dynamobao.engine.internal.model.EntityModel;
import dev.dynamobao.engine.internal.model.ModelRegistry;
import dev.dynamobao.engine.internal.operation.Backoff;
import dev.dynamobao.engine.internal.operation.BatchGetOperation;
import dev.dynamobao.engine.internal.operation.GetOperation;
import dev.dynamobao.engine.internal.concurrent.RequestThreads;
import dev.dynamobao.engine.internal.operation.RequestExecutor;
import dev.dynamobao.engine.internal.operation.WriteExecutor;
import dev.dynamobao.engine.internal.query.cursor.CursorCodec;
import dev.dynamobao.engine.internal.schema.TableSchemaManager;
import dev.dynamobao.engine.internal.session.EngineContext;
import dev.dynamobao.engine.internal.session.EntityManagerImpl;
import dev.dynamobao.engine.internal.tenant.TenantResolver;
import dev.dynamobao.schema.SchemaManager;
import dev.dynamobao.spi.RuntimeEnhancer;
import dev.dynamobao.spi.UnitOfWorkContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** The thread-safe factory: validated models, the client, shared operations and the schema manager. */
final class BaoFactory implements BaoEntityManagerFactory {

    private static final Logger LOG = LoggerFactory.getLogger(BaoFactory.class);

    private final BaoConfiguration configuration;
    private final DynamoDbClient client;
    private final boolean ownsClient;
    private final EngineContext engine;
    private final SchemaManager schema;
    private final BaoOperations ambient;

    private BaoFactory(BaoConfiguration configuration, DynamoDbClient client, boolean ownsClient, EngineContext engine) {
        this.configuration = configuration;
        this.client = client;
        this.ownsClient = ownsClient;
        this.engine = engine;
        this.schema = new TableSchemaManager(client, configuration.table());
        this.ambient = new AmbientOperations(this);
    }

    static BaoFactory create(BaoConfiguration configuration) {
        if (configuration.enhancementMode() == EnhancementMode.SELF_ATTACH) {
            selfAttach();
        }
        ConverterFactory converters = new ConverterFactory(configuration.converters());
        ModelRegistry models = ModelRegistry.build(configuration.entities(), converters,
                configuration.enhancementMode(), configuration.multiTenancy().isEnabled());
        for (EntityModel model : models.models()) {
            if (!model.enhanced()) {
                LOG.info("{} is not enhanced: changes are found by comparing with a snapshot (same writes, more CPU)."
                        + " Run the bao-enhancer Maven goal 'enhance' for field-level tracking.", model.type().getName());
            }
        }
        boolean ownsClient = configuration.client().isEmpty();
        DynamoDbClient client = configuration.client().orElseGet(() -> ClientFactory.create(configuration));
        RequestExecutor executor = new RequestExecutor(client, configuration.table(),
                new RequestMetrics(configuration.requestListeners()), ModelNames.of(models.models()));
        Backoff backoff = new Backoff(configuration.retryPolicy(), Thread::sleep);
        RequestThreads requestThreads = new RequestThreads(configuration.maxConcurrency(), configuration.table());
        EngineContext engine = new EngineContext(configuration, models, executor, new WriteExecutor(executor, backoff, configuration.counterWrites(), () -> java.util.UUID.randomUUID().toString()),
                new GetOperation(executor), new BatchGetOperation(executor, backoff, requestThreads),
                new TenantResolver(configuration.multiTenancy()),
                new CursorCodec(("dynamobao:" + configuration.table()).getBytes(StandardCharsets.UTF_8)), Clock.systemUTC(),
                requestThreads);
        converters.entityIds().install(entity -> KeyCodec.primaryId(models.model(entity.getClass()), entity));
        BaoFactory factory = new BaoFactory(configuration, client, ownsClient, engine);
        if (configuration.ensureTable()) {
            factory.schema().ensureTable();
        }
        return factory;
    }

    private static void selfAttach() {
        boolean installed = ServiceLoader.load(RuntimeEnhancer.class, BaoFactory.class.getClassLoader()).findFirst()
                .map(RuntimeEnhancer::install).orElse(false);
        if (!installed) {
            LOG.warn("EnhancementMode.SELF_ATTACH: no enhancement agent could be installed (is dev.dynamobao:bao-enhancer on"
                    + " the class path?); entities fall back to snapshot comparison");
        }
    }

    @Override
    public BaoEntityManager createEntityManager() {
        return new EntityManagerImpl(engine, this, false);
    }

    BaoEntityManager createDirectEntityManager() {
        return new EntityManagerImpl(engine, this, true);
    }

    @Override
    public void runInUnitOfWork(Consumer<BaoEntityManager> work) {
        callInUnitOfWork(entityManager -> {
            work.accept(entityManager);
            return null;
        });
    }

    @Override
    public <R> R callInUnitOfWork(Function<BaoEntityManager, R> work) {
        Optional<BaoEntityManager> outer = currentUnitOfWork();
        if (outer.isPresent()) {
            return work.apply(outer.get());
        }
        BaoEntityManager entityManager = createEntityManager();
        BaoEntityManager previous = UnitOfWorkContext.enter(entityManager);
        try {
            R result = work.apply(entityManager);
            entityManager.flush();
            return result;
        } finally {
            UnitOfWorkContext.restore(previous);
            entityManager.close();
        }
    }

    /** The open unit of work of this factory that the current thread is in, if any. */
    Optional<BaoEntityManager> currentUnitOfWork() {
        return UnitOfWorkContext.current().filter(entityManager -> entityManager.factory() == this && entityManager.isOpen());
    }

    @Override
    public BaoOperations ambient() {
        return ambient;
    }

    @Override
    public SchemaManager schema() {
        return schema;
    }

    @Override
    public BaoConfiguration configuration() {
        return configuration;
    }

    @Override
    public DynamoDbClient client() {
        return client;
    }

    @Override
    public List<Class<?>> entityClasses() {
        return configuration.entities();
    }

    String primaryIdOf(Object entity) {
        return KeyCodec.primaryId(engine.models().model(entity.getClass()), entity);
    }

    @Override
    public void close() {
        engine.requestThreads().close();
        if (ownsClient) {
            client.close();
        }
    }
}
