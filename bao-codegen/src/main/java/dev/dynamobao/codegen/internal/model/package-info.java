/** The definitions read from {@code models.yaml}: models, fields, field types, indexes and unique constraints. */
package dev.dynamobao.codegen.internal.model;
