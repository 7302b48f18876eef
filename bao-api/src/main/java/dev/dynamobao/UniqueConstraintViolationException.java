package dev.dynamobao;

/**
 * A write would give a unique field a value another entity already holds. Nothing was written.
 */
public class UniqueConstraintViolationException extends BaoException {
    private static final long serialVersionUID = 1L;

    private final String model;
    private final String field;
    private final String value;

    /** Creates the exception naming the model, field and conflicting value. */
    public UniqueConstraintViolationException(String model, String field, String value, Throwable cause) {
        super(model + "." + field + " must be unique: the value '" + value
                + "' already belongs to another " + model + ". Nothing was written; choose another value.", cause);
        this.model = model;
        this.field = field;
        this.value = value;
    }

    /** The model whose constraint was violated. */
    public String model() {
        return model;
    }

    /** The constrained field. */
    public String field() {
        return field;
    }

    /** The value that is already taken. */
    public String value() {
        return value;
    }
}
