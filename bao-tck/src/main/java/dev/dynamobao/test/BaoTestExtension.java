package dev.dynamobao.test;

import dev.dynamobao.BaoEntityManager;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.metrics.RequestCounter;
import dev.dynamobao.schema.SchemaManager;
import dev.dynamobao.test.internal.Backend;
import dev.dynamobao.test.internal.BackendSettings;
import dev.dynamobao.test.internal.SharedBackend;
import dev.dynamobao.test.internal.TableNames;
import dev.dynamobao.test.internal.TableScope;
import dev.dynamobao.test.internal.TestTable;
import java.lang.reflect.Method;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.BeforeTestExecutionCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ExtensionContext.Store;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestInstanceFactoryContext;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.junit.platform.commons.support.AnnotationSupport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The JUnit 5 extension behind {@link BaoTest @BaoTest}: starts the backend once per JVM (kept in
 * the root context's store and stopped when the test run ends), creates and deletes the test
 * tables, injects the parameters {@link BaoTest} lists, and skips tests whose
 * {@link RequiresCapability @RequiresCapability} the backend lacks. Use the annotation rather than
 * registering this class directly.
 */
public final class BaoTestExtension implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback,
        BeforeTestExecutionCallback, AfterEachCallback, TestInstancePreConstructCallback, ParameterResolver,
        ExecutionCondition {

    private static final Logger LOG = LoggerFactory.getLogger(BaoTestExtension.class);

    private static final Namespace NAMESPACE = Namespace.create(BaoTestExtension.class);
    private static final String BACKEND = "backend";
    private static final List<Class<?>> INJECTED = List.of(DynamoDbClient.class, BaoEntityManagerFactory.class,
            BaoEntityManager.class, RequestCounter.class, SchemaManager.class);

    /** Created by JUnit through {@link BaoTest}. */
    public BaoTestExtension() {
    }

    /**
     * Skips a test (or class) marked {@link RequiresCapability @RequiresCapability} when the backend
     * lacks one of the capabilities, logging one line that names it.
     */
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<RequiresCapability> required = context.getElement()
                .flatMap(element -> AnnotationSupport.findAnnotation(element, RequiresCapability.class));
        if (required.isEmpty()) {
            return ConditionEvaluationResult.enabled("needs no particular backend capability");
        }
        Optional<Backend> running = context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(BACKEND, key -> startBackend(context), SharedBackend.class).running();
        if (running.isEmpty()) {
            return ConditionEvaluationResult.enabled("no backend running; its failure or skip is reported by the test");
        }
        Backend backend = running.get();
        for (Capability capability : required.get().value()) {
            if (backend.missing().contains(capability)) {
                String reason = "Skipped on " + backend.name() + ", which lacks capability " + capability.name() + " ("
                        + capability.description() + "): " + context.getDisplayName() + " in "
                        + context.getRequiredTestClass().getSimpleName();
                LOG.warn(reason);
                return ConditionEvaluationResult.disabled(reason);
            }
        }
        return ConditionEvaluationResult.enabled("the backend has every capability the test needs");
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        backend(context);
        createOwnedTable(context);
    }

    @Override
    public void preConstructTestInstance(TestInstanceFactoryContext factoryContext, ExtensionContext context) {
        backend(context);
    }

    @Override
    public ExtensionContextScope getTestInstantiationExtensionContextScope(ExtensionContext rootContext) {
        return ExtensionContextScope.TEST_METHOD;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        createOwnedTable(context);
    }

    @Override
    public void beforeTestExecution(ExtensionContext context) {
        TableScope scope = TableScope.of(context);
        scope.owner().map(owner -> owner.getStore(NAMESPACE).get(tableKey(owner), TestTable.class))
                .ifPresent(table -> table.counter().reset());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close(context);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return INJECTED.contains(type) || type == String.class && parameter.isAnnotated(TableName.class)
                || type == URI.class && parameter.isAnnotated(BackendEndpoint.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == DynamoDbClient.class) {
            return backend(context).client();
        }
        if (type == URI.class) {
            return backend(context).endpoint();
        }
        TestTable table = table(context, TableScope.of(context));
        if (type == String.class) {
            return table.name();
        }
        if (type == RequestCounter.class) {
            return table.counter();
        }
        if (type == SchemaManager.class) {
            return table.schema();
        }
        if (type == BaoEntityManagerFactory.class) {
            return table.factory();
        }
        return context.getStore(NAMESPACE).computeIfAbsent(entityManagerKey(context),
                key -> table.factory().createEntityManager(), BaoEntityManager.class);
    }

    private static Backend backend(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .computeIfAbsent(BACKEND, key -> startBackend(context), SharedBackend.class)
                .require();
    }

    private static SharedBackend startBackend(ExtensionContext context) {
        BackendSettings settings;
        try {
            settings = BackendSettings.from(context::getConfigurationParameter);
        } catch (RuntimeException e) {
            return SharedBackend.failed(e);
        }
        return SharedBackend.start(settings);
    }

    /** Creates the table {@code context} owns (class or, with {@code tablePerTest}, method), if any. */
    private static void createOwnedTable(ExtensionContext context) {
        TableScope scope = TableScope.of(context);
        if (scope.ownedBy(context)) {
            table(context, scope);
        }
    }

    private static TestTable table(ExtensionContext context, TableScope scope) {
        ExtensionContext owner = scope.owner().orElseThrow(() -> new ParameterResolutionException(
                "@BaoTest(tablePerTest = true) makes one table per test method, so there is no table at class level: "
                        + "inject the table, factory, entity manager or counter into test, @BeforeEach or @AfterEach "
                        + "methods, not into @BeforeAll/@AfterAll methods of " + context.getDisplayName()));
        Backend backend = backend(owner);
        return owner.getStore(NAMESPACE).computeIfAbsent(tableKey(owner), key -> TestTable.create(backend.client(),
                TableNames.next(owner.getRequiredTestClass(), owner.getTestMethod().map(Method::getName).orElse(null),
                        backend.privateToThisJvm()),
                scope.entities()), TestTable.class);
    }

    /** Closes the entity manager and the table this context owns, if any. */
    private static void close(ExtensionContext context) {
        Store store = context.getStore(NAMESPACE);
        BaoEntityManager entityManager = store.remove(entityManagerKey(context), BaoEntityManager.class);
        TestTable table = store.remove(tableKey(context), TestTable.class);
        try {
            if (entityManager != null) {
                entityManager.close();
            }
        } finally {
            Optional.ofNullable(table).ifPresent(TestTable::close);
        }
    }

    private static String tableKey(ExtensionContext owner) {
        return "table:" + owner.getUniqueId();
    }

    private static String entityManagerKey(ExtensionContext context) {
        return "entityManager:" + context.getUniqueId();
    }
}
