package dev.dynamobao.test.fault;

/**
 * A fault {@link FaultInjectingHttpClient} injects into one HTTP attempt. Each says whether the
 * server received (and so may have applied) the request: that is what a write must be truthful
 * about.
 */
public enum Fault {

    /** No fault: the request is sent and its response returned. */
    NONE(true),

    /** The request is sent and applied; its response is lost ({@link java.io.IOException}). */
    LOSE_RESPONSE(true),

    /** The request is sent and applied; the client then times out reading the response. */
    TIMEOUT_AFTER_SENDING(true),

    /** The client times out before the request reaches the server: nothing applied. */
    TIMEOUT_BEFORE_SENDING(false),

    /** The connection is refused: nothing sent, nothing applied. */
    CONNECTION_REFUSED(false),

    /** HTTP 500 {@code InternalServerError} without the request reaching the server. */
    HTTP_500(false),

    /** The request is applied, then answered with HTTP 500 {@code InternalServerError}. */
    HTTP_500_AFTER_APPLYING(true),

    /** HTTP 503 {@code ServiceUnavailable}; the request does not reach the server. */
    HTTP_503(false),

    /** HTTP 400 {@code ThrottlingException}; not applied. */
    THROTTLING(false),

    /** HTTP 400 {@code ProvisionedThroughputExceededException}; not applied. */
    PROVISIONED_THROUGHPUT_EXCEEDED(false),

    /**
     * A {@code TransactWriteItems} cancelled with {@code TransactionConflict} on its first action
     * ({@code None} on the others), as DynamoDB answers when another transaction holds an item; not
     * applied. On other operations it acts as {@link #NONE}.
     */
    TRANSACTION_CONFLICT(false),

    /**
     * A {@code BatchGetItem} answered with every key unprocessed, or a {@code BatchWriteItem} with
     * every item unprocessed; not applied. On other operations it acts as {@link #NONE}.
     */
    UNPROCESSED(false);

    private final boolean reachesServer;

    Fault(boolean reachesServer) {
        this.reachesServer = reachesServer;
    }

    /** Whether the server receives the request (and so may apply it) under this fault. */
    public boolean reachesServer() {
        return reachesServer;
    }
}
