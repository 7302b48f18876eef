package dev.dynamobao.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares how an {@code @Entity} is stored in the single table: its model prefix and whether it
 * keeps the bucketed iteration index.
 *
 * <pre>{@code
 * @Entity
 * @Model(prefix = "u", iterable = true, iterationBuckets = 10)
 * public class User { @Id @GeneratedValue private String userId; ... }
 * }</pre>
 *
 * <p>The prefix is part of every key of the model ({@code LAYOUT.md} §4) and must never change
 * once data exists. It must be unique per table and must not contain {@code #}, {@code [},
 * {@code ]} or {@code :}, nor start with {@code _}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Model {

    /** The short model prefix, for example {@code "u"} for users. */
    String prefix();

    /**
     * Whether every write maintains the iteration index so that
     * {@code BaoEntityManager.iterateAll} works. Default {@code true}, as the seed documents; it
     * doubles the write cost of the model.
     */
    boolean iterable() default true;

    /** Number of iteration buckets (1 to 1000); part of the data contract, never change it. */
    int iterationBuckets() default 10;
}
