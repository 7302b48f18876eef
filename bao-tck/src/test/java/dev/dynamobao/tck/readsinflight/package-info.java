/**
 * Independent reads in flight together: the {@code BatchGetItem} requests of one batch and the
 * bucket queries of an iteration, counted on the wire with {@code InFlightRecordingHttpClient}.
 */
package dev.dynamobao.tck.readsinflight;
