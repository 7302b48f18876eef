package dev.dynamobao.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Overwrites the field with the current time on every write. Stored as epoch milliseconds ({@code N}).
 *
 * <pre>{@code
 * @ModifiedDate private Instant modifiedAt;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface ModifiedDate {
}
