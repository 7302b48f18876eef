/** The project configuration file {@code dynamo-bao.yaml} and its environment overrides. */
package dev.dynamobao.codegen.internal.config;
