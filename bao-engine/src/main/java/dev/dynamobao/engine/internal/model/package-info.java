/**
 * Immutable per-model metadata (fields, key shape, indexes, unique constraints, iteration), built
 * and validated once per factory by {@link dev.dynamobao.engine.internal.model.ModelRegistry}.
 */
package dev.dynamobao.engine.internal.model;
