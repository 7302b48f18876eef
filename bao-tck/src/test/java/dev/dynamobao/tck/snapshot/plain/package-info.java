/**
 * Entities deliberately left unenhanced: bao-tck's {@code enhance-test} goal excludes
 * {@code dev.dynamobao.tck.snapshot.plain.*}, so the engine compares them with a snapshot.
 */
package dev.dynamobao.tck.snapshot.plain;
