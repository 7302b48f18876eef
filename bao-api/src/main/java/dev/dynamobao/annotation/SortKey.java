package dev.dynamobao.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the sort-key field of a model's primary key.
 *
 * <p>With {@code @Id} on another field the model has a composite key (partition + sort, primary
 * id {@code pk##__SK__##sk}). Without any {@code @Id} the partition is the model prefix and this
 * field alone identifies the item ({@code LAYOUT.md} §4.1, shape C).
 *
 * <pre>{@code
 * @Entity @Model(prefix = "ae")
 * public class AppEntity {
 *     @Id private String appId;
 *     @SortKey private String entityId;
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface SortKey {
}
