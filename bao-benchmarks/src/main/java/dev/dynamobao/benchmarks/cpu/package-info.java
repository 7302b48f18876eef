/**
 * The side-by-side CPU benchmark (raw SDK, AWS Enhanced Client, this library over one stub HTTP
 * client) and the cold-start measurement.
 */
package dev.dynamobao.benchmarks.cpu;
