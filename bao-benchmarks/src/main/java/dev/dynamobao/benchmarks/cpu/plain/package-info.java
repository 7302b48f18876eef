/** The raw-SDK baseline of the side-by-side benchmark: a plain object and its hand-written mapping. */
package dev.dynamobao.benchmarks.cpu.plain;
