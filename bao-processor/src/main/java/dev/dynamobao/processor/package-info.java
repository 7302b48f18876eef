/**
 * The DynamoBao annotation processor: a typed metamodel and named finders for every
 * {@code @Entity}, and model errors at compile time. See {@link dev.dynamobao.processor.EntityProcessor}.
 */
package dev.dynamobao.processor;
