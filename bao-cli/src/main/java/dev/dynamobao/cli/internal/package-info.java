/**
 * The {@code bao} command line ({@link dev.dynamobao.cli.internal.BaoCli}): a thin shell over the YAML model
 * generator of {@code bao-codegen}, and over the engine's schema manager for the table commands.
 */
package dev.dynamobao.cli.internal;
