package dev.dynamobao.engine.internal.schema;

import java.util.List;

/**
 * The outcome of comparing an existing table with the layout.
 *
 * @param mismatches     differences DynamoBao cannot work with; each one sentence. A non-empty
 *                       list makes {@code ensureTable()} throw
 *                       {@link dev.dynamobao.schema.TableSchemaMismatchException}.
 * @param warnings       differences DynamoBao accepts (a table made by an older dynamo-bao, a
 *                       projection larger than needed, extra indexes, TTL switched off); each one
 *                       sentence, logged at WARN
 * @param ttlNeedsEnabling whether TTL is off, so that {@code ensureTable()} turns it on
 */
public record SchemaReport(List<String> mismatches, List<String> warnings, boolean ttlNeedsEnabling) {

    /** Copies the lists. */
    public SchemaReport {
        mismatches = List.copyOf(mismatches);
        warnings = List.copyOf(warnings);
    }

    /** Whether DynamoBao can use the table (there may still be warnings). */
    public boolean usable() {
        return mismatches.isEmpty();
    }
}
