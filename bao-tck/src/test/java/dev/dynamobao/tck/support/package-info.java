/**
 * Test helpers shared by the TCK suites: a request-capturing client ({@link dev.dynamobao.tck.support.CapturingClient}),
 * {@code UpdateItem} requests read back per clause ({@link dev.dynamobao.tck.support.UpdateView}) and raw item
 * reads that bypass DynamoBao ({@link dev.dynamobao.tck.support.RawItems}).
 */
package dev.dynamobao.tck.support;
