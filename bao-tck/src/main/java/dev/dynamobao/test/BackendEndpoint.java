package dev.dynamobao.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code java.net.URI} parameter of a {@link BaoTest @BaoTest} test (or lifecycle method or
 * constructor) that receives the HTTP endpoint of the backend the test runs on, e.g. to build a
 * client of one's own (another HTTP client, a fault-injecting wrapper) or to point another program
 * at the same server. Use region {@code us-east-1} and any credentials with the {@code moto} and
 * {@code endpoint} backends.
 *
 * <pre>{@code
 * @Test
 * void lostResponse_isRetried(@BackendEndpoint URI endpoint, @TableName String table) {
 *     DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint)...build();
 * }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface BackendEndpoint {
}
