package dev.dynamobao.metrics;

/** The DynamoDB API operations the engine sends. */
public enum DynamoOperation {
    /** {@code GetItem}. */
    GET_ITEM,
    /** {@code BatchGetItem}. */
    BATCH_GET_ITEM,
    /** {@code PutItem}. */
    PUT_ITEM,
    /** {@code UpdateItem}. */
    UPDATE_ITEM,
    /** {@code DeleteItem}. */
    DELETE_ITEM,
    /** {@code BatchWriteItem}. */
    BATCH_WRITE_ITEM,
    /** {@code TransactWriteItems}. */
    TRANSACT_WRITE_ITEMS,
    /** {@code TransactGetItems}. */
    TRANSACT_GET_ITEMS,
    /** {@code Query}. */
    QUERY,
    /** {@code Scan}. */
    SCAN,
    /** {@code CreateTable}, {@code DescribeTable}, {@code UpdateTimeToLive} and other table calls. */
    TABLE_MANAGEMENT
}
