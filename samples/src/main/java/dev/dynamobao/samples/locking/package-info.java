/** Optimistic locking with the {@code @Version} field. */
package dev.dynamobao.samples.locking;
