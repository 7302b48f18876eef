/** Every field type round-trips through DynamoDB Local and is stored exactly as {@code LAYOUT.md} §5 and §6 say. */
package dev.dynamobao.tck.mapping;
