package dev.dynamobao;

/**
 * A transaction would hold more than the 100 actions DynamoDB accepts in one
 * {@code TransactWriteItems} (unique-constraint items count too). Nothing was sent; the message
 * gives the count and how to split the work.
 */
public class TransactionTooLargeException extends BaoException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message giving the action count and the fix. */
    public TransactionTooLargeException(String message) {
        super(message);
    }
}
