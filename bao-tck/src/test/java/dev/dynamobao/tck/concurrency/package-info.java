/**
 * Overlapped writes: flush, persistAll and bulk writes with several requests in flight, per-entity
 * failure reports, same-item ordering and the capacity ledger, counted on the real server.
 */
package dev.dynamobao.tck.concurrency;
