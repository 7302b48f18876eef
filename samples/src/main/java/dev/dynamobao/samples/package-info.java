/**
 * Runnable samples. Each runs against embedded DynamoDB Local by default, or against the endpoint
 * in {@code AWS_ENDPOINT_URL_DYNAMODB} (table {@code DYNAMO_BAO_TABLE}) when that is set.
 */
package dev.dynamobao.samples;
