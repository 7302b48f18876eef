package dev.dynamobao.test;

/**
 * A DynamoDB behaviour that some test backends lack. A test that needs one says so with
 * {@link RequiresCapability @RequiresCapability}; on a backend that lacks it the test is skipped
 * with one line naming the capability, never run against behaviour DynamoDB does not have.
 */
public enum Capability {

    /**
     * {@code TransactWriteItems} answers {@code ConsumedCapacity} when asked for it (moto 5.2.1
     * answers an empty list).
     */
    TRANSACT_WRITE_CONSUMED_CAPACITY("TransactWriteItems returns ConsumedCapacity"),

    /**
     * A filter with {@code size(path)} over items of which some lack the attribute: DynamoDB drops
     * those items (the condition is false for them); moto 5.2.1 fails the whole Query with HTTP 500
     * ({@code ValueError: Invalid attribute name}).
     */
    SIZE_IN_FILTER_OVER_MISSING_ATTRIBUTE("size() in a filter, on items lacking the attribute, is false instead of an error");

    private final String description;

    Capability(String description) {
        this.description = description;
    }

    /** What the capability is, in words, for skip messages. */
    public String description() {
        return description;
    }
}
