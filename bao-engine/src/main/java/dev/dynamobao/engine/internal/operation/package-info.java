/**
 * One class per DynamoDB call: each builds its request from the model, keys, converters and
 * expressions, sends it through the {@link dev.dynamobao.engine.internal.operation.RequestExecutor}
 * and maps the response. Knows nothing of caching or units of work.
 */
package dev.dynamobao.engine.internal.operation;
