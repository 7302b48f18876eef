/**
 * The cost of the two ways of sending a counter increment of an entity without {@code @Version}
 * ({@link dev.dynamobao.CounterWrites}): request bytes and write units ({@link
 * dev.dynamobao.benchmarks.counter.CounterCost}) and CPU time ({@link
 * dev.dynamobao.benchmarks.counter.CounterWriteBenchmark}), over a stub HTTP client.
 */
package dev.dynamobao.benchmarks.counter;
