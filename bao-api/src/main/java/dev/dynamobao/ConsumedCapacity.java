package dev.dynamobao;

/**
 * Read and write capacity units consumed by one or more DynamoDB requests, as DynamoDB reported
 * them ({@code ReturnConsumedCapacity=TOTAL} is sent on every request).
 *
 * @param readUnits read capacity units
 * @param writeUnits write capacity units
 */
public record ConsumedCapacity(double readUnits, double writeUnits) {

    /** No capacity. */
    public static final ConsumedCapacity ZERO = new ConsumedCapacity(0, 0);

    /** Read plus write units. */
    public double totalUnits() {
        return readUnits + writeUnits;
    }

    /** The sum of this and {@code other}. */
    public ConsumedCapacity plus(ConsumedCapacity other) {
        return new ConsumedCapacity(readUnits + other.readUnits, writeUnits + other.writeUnits);
    }
}
