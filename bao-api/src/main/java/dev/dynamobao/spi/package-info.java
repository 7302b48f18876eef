/**
 * Service-provider interfaces between the public API, the engine, the enhancer and the config-file reader
 * of {@code bao-codegen}. Applications
 * do not use these types.
 */
package dev.dynamobao.spi;
