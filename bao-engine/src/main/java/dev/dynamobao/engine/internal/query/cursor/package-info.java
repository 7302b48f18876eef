/**
 * Opaque query cursors: a query's {@code LastEvaluatedKey} together with the scope it belongs to
 * (model, index, tenant), protected by a truncated HMAC-SHA256 tag and encoded as URL-safe
 * base64, so a cursor can travel through a web client and come back unchanged — or be rejected
 * with a clear {@link dev.dynamobao.query.InvalidCursorException}.
 */
package dev.dynamobao.engine.internal.query.cursor;
