/**
 * Queries on the primary key or a logical index: resolving the index into key attributes,
 * turning query arguments into key forms, compiling key conditions and filters into a request
 * spec, checking cursors against the query, reading "up to n matching items" across DynamoDB
 * pages, and paging lazily. Knows nothing of the unit of work; the session package materialises
 * the items.
 */
package dev.dynamobao.engine.internal.query;
