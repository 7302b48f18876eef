/** The factory's request threads: independent requests of one operation in flight together. */
package dev.dynamobao.engine.internal.concurrent;
