package dev.dynamobao.annotation;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a unique constraint on a text-valued field (String, e-mail, ULID or reference).
 *
 * <pre>{@code
 * @Entity @Model(prefix = "u")
 * @Unique(name = "uniqueEmail", field = "email", id = UniqueId.UC1)
 * public class User { ... }
 * }</pre>
 *
 * <p>Each distinct value is claimed by a constraint item written in the same transaction as the
 * entity ({@code LAYOUT.md} §8); values are compared verbatim (case-sensitive). Look entities up
 * with {@code em.findByUnique(User.class, "email", value)}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(Uniques.class)
public @interface Unique {

    /** Logical name of the constraint, for example {@code uniqueEmail}. */
    String name();

    /** The constrained field. */
    String field();

    /** The constraint slot. */
    UniqueId id();
}
