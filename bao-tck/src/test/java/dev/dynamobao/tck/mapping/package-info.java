/** Every field type round-trips through the test backend and is stored exactly as {@code LAYOUT.md} §5 and §6 say. */
package dev.dynamobao.tck.mapping;
