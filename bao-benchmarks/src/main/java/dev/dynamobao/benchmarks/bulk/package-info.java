/** Bulk writes ({@code upsertAll}) against per-item {@code persist}: requests and items per second. */
package dev.dynamobao.benchmarks.bulk;
