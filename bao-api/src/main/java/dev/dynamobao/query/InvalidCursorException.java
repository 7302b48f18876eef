package dev.dynamobao.query;

import dev.dynamobao.BaoException;

/** A cursor is malformed, was tampered with, or belongs to another model, index or tenant. */
public class InvalidCursorException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message saying what is wrong with the cursor. */
    public InvalidCursorException(String message) {
        super(message);
    }

    /** Creates the exception with a message and the cause. */
    public InvalidCursorException(String message, Throwable cause) {
        super(message, cause);
    }
}
