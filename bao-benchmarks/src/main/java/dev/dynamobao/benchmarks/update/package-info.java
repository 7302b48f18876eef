/**
 * Benchmarks of the update path: "change one field and flush" against a hand-written
 * {@code UpdateItem}, and flushing many managed entities, all over a stub HTTP client.
 */
package dev.dynamobao.benchmarks.update;
