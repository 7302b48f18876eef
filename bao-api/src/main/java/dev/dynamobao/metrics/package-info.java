/**
 * Request metrics: a listener called for every DynamoDB request the engine sends, and a ready
 * thread-safe counter. Tests use it to assert exact request counts; benchmarks use it too.
 */
package dev.dynamobao.metrics;
