package dev.dynamobao.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Sets the field to the creation time when an entity is persisted without a value. Stored as epoch milliseconds ({@code N}).
 *
 * <pre>{@code
 * @CreatedDate private Instant createdAt;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface CreatedDate {
}
