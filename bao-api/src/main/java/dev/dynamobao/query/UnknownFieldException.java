package dev.dynamobao.query;

import dev.dynamobao.BaoException;

/** A query, filter or lookup named a field the model does not have; the message lists its fields. */
public class UnknownFieldException extends BaoException {
    private static final long serialVersionUID = 1L;

    /** Creates the exception naming the model, the field and the model's fields. */
    public UnknownFieldException(String message) {
        super(message);
    }
}
