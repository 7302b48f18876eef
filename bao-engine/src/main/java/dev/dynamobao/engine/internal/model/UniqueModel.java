package dev.dynamobao.engine.internal.model;

import dev.dynamobao.annotation.UniqueId;

/**
 * A unique constraint of a model ({@code LAYOUT.md} §8).
 *
 * @param name logical name, e.g. {@code uniqueEmail}
 * @param id constraint slot
 * @param field the constrained (text-valued) field
 */
public record UniqueModel(String name, UniqueId id, FieldModel field) {
}
