package dev.dynamobao.codegen.internal.model;

/**
 * One unique constraint.
 *
 * @param name the constraint name (e.g. {@code uniqueEmail})
 * @param field the field whose values are unique
 * @param slot 1-3 for {@code uc1}..{@code uc3}
 */
public record UniqueDef(String name, String field, int slot) {
}
