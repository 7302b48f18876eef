/**
 * How changes to managed entities become minimal {@code UpdateItem} requests: only changed
 * attributes, string-set and counter diffs, index maintenance, existence conditions, partial
 * updates.
 */
package dev.dynamobao.tck.update;
