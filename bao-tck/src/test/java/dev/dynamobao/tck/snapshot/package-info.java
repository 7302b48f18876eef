/**
 * The snapshot-comparison fallback: entity classes that are not enhanced produce the same
 * {@code UpdateItem} effect as enhanced ones (the twins here and in {@code plain}).
 */
package dev.dynamobao.tck.snapshot;
