/**
 * The processor's internals: reading entity classes from the language model, the compile-time
 * model checks, dynamo-bao's naming rules and the metamodel source writer. Not an API.
 */
package dev.dynamobao.processor.internal;
