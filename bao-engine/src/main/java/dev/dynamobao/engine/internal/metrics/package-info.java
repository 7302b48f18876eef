/** Delivery of request events to the configured {@code RequestListener}s. */
package dev.dynamobao.engine.internal.metrics;
