/**
 * The DynamoBao test kit: {@link dev.dynamobao.test.BaoTest @BaoTest} runs a JUnit 5 test class
 * against DynamoDB Local in-process (default), LocalStack or any DynamoDB endpoint, with a fresh
 * table per class or per test and injected {@code DynamoDbClient}, {@code BaoEntityManagerFactory},
 * {@code BaoEntityManager}, {@code RequestCounter} and table name; {@link dev.dynamobao.test.LocalDynamoDb}
 * starts DynamoDB Local for samples and tools.
 */
package dev.dynamobao.test;
