/**
 * Fault injection for tests of code that writes to DynamoDB: {@link
 * dev.dynamobao.test.fault.FaultInjectingHttpClient} wraps the AWS SDK's HTTP client, so the SDK's
 * own retries run exactly as in production, and loses responses after the server applied a
 * request, fails requests before they are sent, answers HTTP 500/503, throttling,
 * {@code TransactionConflict} cancellations and unprocessed batch keys — per DynamoDB operation
 * and per attempt, by a fixed rule or a seeded random {@link dev.dynamobao.test.fault.FaultPlan}.
 *
 * <pre>{@code
 * FaultInjectingHttpClient http = FaultInjectingHttpClient.wrapping(UrlConnectionHttpClient.create());
 * DynamoDbClient client = DynamoDbClient.builder().endpointOverride(endpoint).httpClient(http)...build();
 * http.plan(FaultPlan.once("PutItem", 1, Fault.LOSE_RESPONSE));  // first attempt: applied, response lost
 * }</pre>
 */
package dev.dynamobao.test.fault;
