/**
 * The latency benchmark of issue 20: a simulated round trip per request ({@link
 * dev.dynamobao.benchmarks.latency.DelayedStubHttpClient}) in front of an in-memory DynamoDB stub
 * ({@link dev.dynamobao.benchmarks.latency.StubDynamoDb}), and the workloads measured in round
 * trips ({@link dev.dynamobao.benchmarks.latency.LatencyBenchmark}).
 */
package dev.dynamobao.benchmarks.latency;
