package dev.dynamobao.codegen.internal.problem;

import java.util.Objects;

/**
 * One mistake in a YAML file: where it is (file, 1-based line and column), which model and field it
 * concerns (either may be absent), what is wrong and how to fix it.
 */
public final class Problem {

    private final String file;
    private final int line;
    private final int column;
    private final String model;
    private final String field;
    private final String message;
    private final String fix;

    /** A problem; {@code model}, {@code field} and {@code fix} may be {@code null}. */
    public Problem(String file, int line, int column, String model, String field, String message, String fix) {
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
        this.model = model;
        this.field = field;
        this.message = Objects.requireNonNull(message, "message");
        this.fix = fix;
    }

    /** The file as the user named it. */
    public String file() {
        return file;
    }

    /** The 1-based line. */
    public int line() {
        return line;
    }

    /** The 1-based column. */
    public int column() {
        return column;
    }

    /** The model concerned, or {@code null}. */
    public String model() {
        return model;
    }

    /** The field concerned, or {@code null}. */
    public String field() {
        return field;
    }

    /** What is wrong. */
    public String message() {
        return message;
    }

    /** How to fix it, or {@code null}. */
    public String fix() {
        return fix;
    }

    /** {@code file:line:column: model User, field email: message. Fix: fix}. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder().append(file).append(':').append(line).append(':').append(column).append(": ");
        if (model != null) {
            text.append("model ").append(model);
            text.append(field != null ? ", field " + field + ": " : ": ");
        }
        text.append(message);
        if (fix != null) {
            text.append(". Fix: ").append(fix);
        }
        return text.toString();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Problem p && p.toString().equals(toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }
}
