package dev.dynamobao.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a numeric field as an atomic counter: changes are sent as {@code ADD field :delta}, so concurrent increments are never lost. Absent in the item reads as 0.
 *
 * <pre>{@code
 * @Counter private long views;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Counter {
}
