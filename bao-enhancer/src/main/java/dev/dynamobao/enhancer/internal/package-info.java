/**
 * The dirty-tracking enhancement of {@code @Entity} classes, independent of how it is run: a Byte
 * Buddy {@link net.bytebuddy.build.Plugin} ({@link dev.dynamobao.enhancer.internal.DirtyTrackingPlugin})
 * and a runner that applies it to a folder of class files
 * ({@link dev.dynamobao.enhancer.internal.ClassFolderEnhancer}). The Maven goals and the runtime agent
 * only call into this package.
 */
package dev.dynamobao.enhancer.internal;
