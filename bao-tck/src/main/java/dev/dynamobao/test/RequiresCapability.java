package dev.dynamobao.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test method or class of a {@link BaoTest @BaoTest} class that needs DynamoDB behaviours
 * which some backends lack. On a backend that lacks one of them the test is skipped (reported as
 * skipped, with one logged line naming the missing capability); on every other backend it runs
 * unchanged.
 *
 * <pre>{@code
 * @Test
 * @RequiresCapability(Capability.TRANSACT_WRITE_CONSUMED_CAPACITY)
 * void transaction_reportsItsWriteUnits(BaoEntityManager em) { ... }
 * }</pre>
 */
@Documented
@Inherited
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RequiresCapability {

    /** The capabilities the test needs, all of them. */
    Capability[] value();
}
