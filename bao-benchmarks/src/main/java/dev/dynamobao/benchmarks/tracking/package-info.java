/**
 * Cost of dirty tracking: a field write through an enhanced {@code @Entity} against the same write
 * on a plain class. Run with {@code java -jar bao-benchmarks/target/benchmarks.jar TrackedWrite}.
 */
package dev.dynamobao.benchmarks.tracking;
