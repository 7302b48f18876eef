/** Benchmark entities the build leaves unenhanced (the pom's {@code excludes}), to time snapshot comparison. */
package dev.dynamobao.benchmarks.update.plain;
