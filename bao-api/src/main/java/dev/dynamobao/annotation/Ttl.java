package dev.dynamobao.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the expiry field ({@code Instant} or epoch-seconds {@code Long}); the field must be named {@code ttl} and is stored as epoch seconds. DynamoDB deletes expired items itself.
 *
 * <pre>{@code
 * @Ttl private Instant ttl;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Ttl {
}
