package dev.dynamobao.engine.internal.query.cursor;

import java.util.Objects;

/**
 * The query a cursor belongs to: a cursor decodes only in the scope it was encoded in.
 *
 * @param model the model name
 * @param index the logical index name, or {@code null} for the primary key
 * @param tenant the tenant id, or {@code null} when no tenant is active
 */
public record CursorScope(String model, String index, String tenant) {

    /** Validates the model name. */
    public CursorScope {
        Objects.requireNonNull(model, "model");
    }

    /** A human-readable description for error messages, e.g. {@code model Post, index postsForUser, tenant acme}. */
    public String describe() {
        return "model " + model + ", " + (index == null ? "primary key" : "index " + index) + ", "
                + (tenant == null ? "no tenant" : "tenant " + tenant);
    }
}
