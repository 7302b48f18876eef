package dev.dynamobao.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a JUnit 5 test class against a DynamoDB backend with a fresh DynamoBao table.
 *
 * <pre>{@code
 * @BaoTest(entities = {User.class, Post.class})
 * class UserTest {
 *     @Test
 *     void persist_thenFind_returnsUser(BaoEntityManager em, RequestCounter requests) { ... }
 * }
 * }</pre>
 *
 * <p>The backend (moto served by a child process, by default: see {@link MotoServer}) starts once per JVM and is shared by every
 * test class. Each test class gets its own table with the full layout ({@code bao-<Class>-<n>}),
 * deleted after the class; with {@link #tablePerTest()} each test method gets one instead. Test,
 * lifecycle-method and constructor parameters of these types are injected:
 * {@code DynamoDbClient}, {@code BaoEntityManagerFactory} (one per table, built on first use with
 * the {@link #entities()} and closed with the table), {@code BaoEntityManager} (a new one per test
 * method, closed after it), {@code RequestCounter} (registered on that factory, reset just before
 * each test method body runs), {@code SchemaManager} of the table, {@code String} annotated
 * with {@link TableName @TableName}, and {@code java.net.URI} annotated with
 * {@link BackendEndpoint @BackendEndpoint} (the backend's HTTP endpoint). A {@code @Nested} class without its own {@code @BaoTest}
 * shares its enclosing class's table.
 *
 * <p>Backends, chosen by the system property (or JUnit configuration parameter) {@code bao.backend}:
 * {@code moto} (default), {@code localstack} (Testcontainers; test classes are skipped when no
 * Docker engine is available) and {@code endpoint} (with {@code bao.endpoint=http://host:port}). A test
 * that needs a DynamoDB behaviour some backends lack is marked {@link RequiresCapability @RequiresCapability}
 * and skipped where it is missing; {@code bao.backend.missing} declares what an {@code endpoint} or
 * {@code localstack} backend lacks (comma separated {@link Capability} names).
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BaoTestExtension.class)
public @interface BaoTest {

    /** The entity classes registered on the injected {@code BaoEntityManagerFactory}. */
    Class<?>[] entities() default {};

    /** Whether each test method gets its own table instead of one table per test class. */
    boolean tablePerTest() default false;
}
