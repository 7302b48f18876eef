/**
 * The YAML model generator: {@link dev.dynamobao.codegen.internal.CodeGenerator} reads dynamo-bao's
 * {@code models.yaml} and writes one annotated entity source per model. The {@code bao} CLI and the Maven
 * goals are thin shells over it. Not a public API.
 */
package dev.dynamobao.codegen.internal;
