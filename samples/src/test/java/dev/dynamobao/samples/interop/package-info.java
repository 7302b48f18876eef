/**
 * Interoperability check with dynamo-bao, the JavaScript library: the Java quick start's data is
 * read by dynamo-bao 0.4.2 and data written by dynamo-bao is read and updated by Java, in one table
 * of the test backend. Part of {@code mvn -B verify}; needs Node and npm (skipped with one line
 * without Node, failing instead when {@code CI=true}).
 */
package dev.dynamobao.samples.interop;
