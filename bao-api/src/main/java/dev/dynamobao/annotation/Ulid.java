package dev.dynamobao.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@code String} field as a ULID (26 upper-case Crockford characters), validated on
 * write and, with {@code autoAssign}, generated (monotonic) when the entity is persisted without
 * a value. An {@code @Id @GeneratedValue String} field is a ULID without this annotation.
 *
 * <pre>{@code
 * @Ulid(autoAssign = true) private String trackingId;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Ulid {
    /** Whether a missing value is generated on persist. */
    boolean autoAssign() default false;
}
