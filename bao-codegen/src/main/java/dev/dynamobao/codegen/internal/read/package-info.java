/**
 * Reading {@code models.yaml} as dynamo-bao 0.4.2's {@code bao-codegen} reads it, with every problem collected
 * and placed: {@link dev.dynamobao.codegen.internal.read.ModelFileReader}.
 */
package dev.dynamobao.codegen.internal.read;
