/** Consumed capacity: TOTAL asked on every request, recorded per entity manager and per entity. */
package dev.dynamobao.tck.capacity;
