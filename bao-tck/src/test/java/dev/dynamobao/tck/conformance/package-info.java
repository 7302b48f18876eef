/**
 * Backend conformance: the DynamoDB guarantees the library relies on (atomic single-item writes,
 * unique claims, isolated transactions, idempotency tokens), checked on the configured backend with
 * the SDK alone, and shown to fail on plain moto.
 */
package dev.dynamobao.tck.conformance;
