/**
 * Compatibility with data written by dynamo-bao (JavaScript): the golden items of
 * {@code shared/golden/items.json} are loaded raw and read, and rewritten, through the Java library.
 */
package dev.dynamobao.tck.golden;
