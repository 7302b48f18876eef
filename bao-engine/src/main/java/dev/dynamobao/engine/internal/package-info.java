/**
 * The engine behind {@code bao-api}: the {@link dev.dynamobao.spi.BaoProvider} found by
 * {@link java.util.ServiceLoader}, the factory and the ambient convenience API. Everything under
 * {@code dev.dynamobao.engine.internal} is internal and may change without notice.
 */
package dev.dynamobao.engine.internal;
