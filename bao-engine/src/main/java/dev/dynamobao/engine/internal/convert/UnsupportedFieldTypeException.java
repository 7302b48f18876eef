package dev.dynamobao.engine.internal.convert;

/** A field whose Java type (or annotation combination) has no converter; the message says why. */
public final class UnsupportedFieldTypeException extends Exception {
    private static final long serialVersionUID = 1L;

    UnsupportedFieldTypeException(String reason) {
        super(reason, null, false, false);
    }
}
