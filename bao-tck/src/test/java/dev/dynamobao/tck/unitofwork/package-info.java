/**
 * The unit of work: identity map, clear/close/detach, the ambient unit of work and strict mode,
 * thread confinement, per-context capacity and coalesced asynchronous finds.
 */
package dev.dynamobao.tck.unitofwork;
