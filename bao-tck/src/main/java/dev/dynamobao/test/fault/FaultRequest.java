package dev.dynamobao.test.fault;

/**
 * One HTTP attempt as a {@link FaultPlan} sees it.
 *
 * @param operation the DynamoDB operation, e.g. {@code "PutItem"}, {@code "TransactWriteItems"}
 * @param attempt the SDK's attempt number of this call, 1 for the first send, 2 for its first retry
 * @param call how many calls of this operation the client saw before this one's first attempt,
 *     plus one (the SDK's retries of a call share its number)
 * @param sequence how many attempts (of any operation) the client saw before this one, plus one
 */
public record FaultRequest(String operation, int attempt, int call, long sequence) {
}
