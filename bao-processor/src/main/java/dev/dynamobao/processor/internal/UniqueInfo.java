package dev.dynamobao.processor.internal;

/**
 * One unique constraint of an entity.
 *
 * @param name the constraint name, such as {@code uniqueEmail}
 * @param field the constrained field
 */
public record UniqueInfo(String name, FieldInfo field) {
}
