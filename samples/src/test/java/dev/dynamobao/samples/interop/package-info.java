/**
 * Interoperability check with dynamo-bao, the JavaScript library: the Java quick start's data is
 * read by dynamo-bao 0.4.2 and data written by dynamo-bao is read and updated by Java, in one
 * DynamoDB Local table. Runs only with {@code mvn -Pinterop} (needs Node and npm).
 */
package dev.dynamobao.samples.interop;
