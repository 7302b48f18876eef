package dev.dynamobao;

/**
 * How a {@code @Counter} increment of an entity <em>without</em> {@code @Version} is sent. An
 * increment is an {@code ADD}, which is not idempotent: sent twice (the AWS SDK resends a request
 * whose response was lost), it adds twice. Entities with {@code @Version} need no choice: their
 * update is conditioned on the loaded version, so it applies at most once, as one
 * {@code UpdateItem}.
 *
 * <p>Set with {@link BaoConfiguration.Builder#counterWrites(CounterWrites)}; the default is
 * {@link #EXACTLY_ONCE}. The README section "Reliability" gives the measured cost of each.
 */
public enum CounterWrites {

    /**
     * The default: the update carrying the increment is sent as a single-action
     * {@code TransactWriteItems} with a {@code ClientRequestToken}, which DynamoDB applies once
     * however often it is resent within 10 minutes (the SDK's retries and DynamoBao's reuse the
     * token). Costs twice the write units of an {@code UpdateItem} and a slightly larger request.
     */
    EXACTLY_ONCE,

    /**
     * A plain {@code UpdateItem} with {@code ADD} and the SDK's own retries turned off for that
     * request: half the write units, never applied twice, but a lost response or a timeout ends in
     * {@link WriteOutcomeUnknownException} (the increment may or may not be stored) where
     * {@link #EXACTLY_ONCE} would have retried safely. Only throttling (which proves nothing was
     * applied) is retried.
     */
    AT_MOST_ONCE
}
