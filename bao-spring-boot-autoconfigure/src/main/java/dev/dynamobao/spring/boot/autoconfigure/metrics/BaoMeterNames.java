package dev.dynamobao.spring.boot.autoconfigure.metrics;

/** The names and tags of every meter the starter records (listed in the README). */
public final class BaoMeterNames {

    /** Timer of each DynamoDB request; tags {@link #OPERATION}, {@link #MODEL}, {@link #OUTCOME}. */
    public static final String REQUESTS = "dynamobao.requests";
    /** Counter of read capacity units consumed; tags {@link #OPERATION}, {@link #MODEL}. */
    public static final String READ_CAPACITY = "dynamobao.capacity.read";
    /** Counter of write capacity units consumed; tags {@link #OPERATION}, {@link #MODEL}. */
    public static final String WRITE_CAPACITY = "dynamobao.capacity.write";
    /** Counter of the AWS SDK's retries of a request (auto-configured client only); tag {@link #OPERATION}. */
    public static final String RETRIES = "dynamobao.retries";
    /** Counter of throttled attempts (auto-configured client only); tag {@link #OPERATION}. */
    public static final String THROTTLES = "dynamobao.throttles";
    /** Timer of each per-request unit of work; tag {@link #OUTCOME} (flushed, discarded, failed). */
    public static final String UNITS_OF_WORK = "dynamobao.unit.of.work";
    /** Distribution of the DynamoDB requests sent within one per-request unit of work; tag {@link #OUTCOME}. */
    public static final String REQUESTS_PER_UNIT_OF_WORK = "dynamobao.unit.of.work.requests";

    /** Tag: the DynamoDB API operation, e.g. {@code GetItem}, {@code BatchGetItem}, {@code Query}. */
    public static final String OPERATION = "operation";
    /** Tag: the model name(s) of the request, e.g. {@code User}; several joined with {@code ,}. */
    public static final String MODEL = "model";
    /** Tag: {@code success} or {@code error} for requests; flushed, discarded or failed for units of work. */
    public static final String OUTCOME = "outcome";

    private BaoMeterNames() {
    }
}
