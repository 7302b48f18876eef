/** Explicit transactions: one TransactWriteItems, the 100-action limit, per-action cancellation reasons. */
package dev.dynamobao.tck.transactions;
