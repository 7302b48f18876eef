/**
 * The Maven goals {@code bao:enhance} and {@code bao:enhance-test}; they only map configuration to
 * {@link dev.dynamobao.enhancer.internal.ClassFolderEnhancer}.
 */
package dev.dynamobao.enhancer.internal.maven;
