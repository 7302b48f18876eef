package dev.dynamobao.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a logical index of a model, stored in one of the table's GSI slots.
 *
 * <pre>{@code
 * @Entity @Model(prefix = "p")
 * @Index(name = "postsForUser", id = IndexId.GSI2, partitionKey = "userId", sortKey = "createdAt")
 * public class Post { ... }
 * }</pre>
 *
 * <p>{@code partitionKey} and {@code sortKey} name fields of the entity, or
 * {@link #MODEL_PREFIX} for the constant model prefix. The engine derives the index key
 * attributes on every write ({@code LAYOUT.md} §6).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Indexes.class)
public @interface Index {

    /** Pseudo-field meaning "the model prefix", usable as either key of an index. */
    String MODEL_PREFIX = "modelPrefix";

    /** Logical name used in queries, for example {@code postsForUser}. */
    String name();

    /** The physical slot; {@link IndexId#PRIMARY_KEY} makes the name an alias of the primary key. */
    IndexId id();

    /** Field holding the index partition key (or {@link #MODEL_PREFIX}); ignored for aliases. */
    String partitionKey() default "";

    /** Field holding the index sort key (or {@link #MODEL_PREFIX}); ignored for aliases. */
    String sortKey() default MODEL_PREFIX;
}
