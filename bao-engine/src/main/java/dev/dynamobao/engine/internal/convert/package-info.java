/**
 * One converter per field type: Java value to stored {@code AttributeValue}, back, and to the key
 * form used inside keys ({@code LAYOUT.md} §5).
 */
package dev.dynamobao.engine.internal.convert;
