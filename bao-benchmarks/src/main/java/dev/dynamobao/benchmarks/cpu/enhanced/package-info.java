/** The AWS Enhanced Client side of the side-by-side benchmark: its bean. */
package dev.dynamobao.benchmarks.cpu.enhanced;
