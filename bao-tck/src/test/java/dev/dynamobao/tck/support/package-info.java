/**
 * Test helpers shared by the TCK suites: a request-capturing client ({@link dev.dynamobao.tck.support.CapturingClient}),
 * {@code UpdateItem} requests read back per clause ({@link dev.dynamobao.tck.support.UpdateView}), raw item
 * reads that bypass DynamoBao ({@link dev.dynamobao.tck.support.RawItems}), and the check that a table has
 * exactly the layout's shape ({@link dev.dynamobao.tck.support.LayoutAssertions}).
 */
package dev.dynamobao.tck.support;
