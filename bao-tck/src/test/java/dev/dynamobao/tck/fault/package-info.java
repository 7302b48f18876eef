/**
 * Truthful writes under faults: every write path over HTTP against the real server, with the
 * test kit's {@link dev.dynamobao.test.fault.FaultInjectingHttpClient} under the AWS SDK (whose own
 * retries are part of what is tested), asserting the outcome each write reports and the items
 * stored; a seeded randomized run and a concurrent soak with an audit afterwards.
 */
package dev.dynamobao.tck.fault;
