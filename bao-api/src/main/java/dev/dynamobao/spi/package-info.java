/**
 * Service-provider interfaces between the public API, the engine and the enhancer. Applications
 * do not use these types.
 */
package dev.dynamobao.spi;
