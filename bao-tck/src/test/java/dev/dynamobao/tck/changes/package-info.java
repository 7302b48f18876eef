/**
 * A flush costs what changed, not what is managed, and still sees every change: in-place changes of a
 * string set, a byte array and a mutable user value on one entity among many clean ones, sets replaced
 * after the engine took them over, and the tracked set behaving as an ordinary set.
 */
package dev.dynamobao.tck.changes;
