package dev.dynamobao.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} parameter of a {@link BaoTest @BaoTest} test that receives the name of
 * the test's table.
 *
 * <pre>{@code
 * @Test
 * void scan_findsItem(DynamoDbClient client, @TableName String table) { ... }
 * }</pre>
 */
@Documented
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
public @interface TableName {
}
