/**
 * Internals of the {@code @BaoTest} extension: the backends (DynamoDB Local in-process, LocalStack,
 * any endpoint), their JVM-wide sharing, and the per-class or per-test tables. Not an API.
 */
package dev.dynamobao.test.internal;
