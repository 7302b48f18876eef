/**
 * Runnable samples. Each runs against a moto server started for the run by default, or against the endpoint
 * in {@code AWS_ENDPOINT_URL_DYNAMODB} (table {@code DYNAMO_BAO_TABLE}) when that is set.
 */
package dev.dynamobao.samples;
