/**
 * The unit of work: identity map, entity states and change detection, batched lazy reference
 * loading, write coordination and the capacity ledger. Thread-confined: one entity manager per
 * thread of work.
 */
package dev.dynamobao.engine.internal.session;
