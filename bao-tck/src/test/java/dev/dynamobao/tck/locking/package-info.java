/** Optimistic locking of versioned entities: stale saves and removes fail with nothing written, and succeed after a reload. */
package dev.dynamobao.tck.locking;
