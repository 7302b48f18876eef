/**
 * The DynamoBao test kit: {@link dev.dynamobao.test.BaoTest @BaoTest} runs a JUnit 5 test class
 * against moto served by a child process (default), LocalStack or any DynamoDB endpoint, with a
 * fresh table per class or per test and injected {@code DynamoDbClient}, {@code BaoEntityManagerFactory},
 * {@code BaoEntityManager}, {@code RequestCounter} and table name;
 * {@link dev.dynamobao.test.RequiresCapability @RequiresCapability} skips a test on a backend that lacks
 * a DynamoDB behaviour it needs; {@link dev.dynamobao.test.MotoServer} starts the same server for
 * samples and tools.
 */
package dev.dynamobao.test;
