/** Lazy {@code Ref<T>} references: no I/O for ids, batched resolution, explicit prefetch, detached errors. */
package dev.dynamobao.tck.references;
