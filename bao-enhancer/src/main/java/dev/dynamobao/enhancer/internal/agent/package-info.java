/**
 * The runtime fallback: a Java agent ({@code -javaagent:} or self-attach) that applies
 * {@link dev.dynamobao.enhancer.internal.DirtyTrackingPlugin} to entity classes as they are loaded,
 * and the {@link dev.dynamobao.spi.RuntimeEnhancer} the engine uses for
 * {@link dev.dynamobao.EnhancementMode#SELF_ATTACH}.
 */
package dev.dynamobao.enhancer.internal.agent;
