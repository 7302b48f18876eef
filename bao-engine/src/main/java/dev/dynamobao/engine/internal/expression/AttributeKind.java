package dev.dynamobao.engine.internal.expression;

/** The DynamoDB type a field is stored as, which decides the filter operators that fit it. */
public enum AttributeKind {
    /** {@code S}: strings, ULIDs, references, e-mails, enums. */
    STRING,
    /** {@code N}: integers, floats, dates, counters, TTLs. */
    NUMBER,
    /** {@code BOOL}. */
    BOOLEAN,
    /** {@code B}: raw bytes. */
    BINARY,
    /** {@code SS}: a set of strings. */
    STRING_SET
}
