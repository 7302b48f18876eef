/**
 * Internals of the {@code @BaoTest} extension: the backends (moto served by a child process,
 * LocalStack, any endpoint), their JVM-wide sharing, the server process, and the per-class or
 * per-test tables. Not an API.
 */
package dev.dynamobao.test.internal;
