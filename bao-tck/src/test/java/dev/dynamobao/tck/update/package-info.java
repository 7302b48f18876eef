/**
 * How changes to managed entities become minimal {@code UpdateItem} requests: only changed
 * attributes, string-set and counter diffs, index maintenance, existence conditions, partial
 * updates; plus request-capturing test support shared with the locking and snapshot suites.
 */
package dev.dynamobao.tck.update;
