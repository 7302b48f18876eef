package dev.dynamobao.schema;

import dev.dynamobao.BaoException;
import java.util.List;

/** An existing table does not have the layout DynamoBao needs; every difference is listed. */
public class TableSchemaMismatchException extends BaoException {
    private static final long serialVersionUID = 1L;

    private final List<String> differences;

    /** Creates the exception listing each difference. */
    public TableSchemaMismatchException(String table, List<String> differences) {
        super("Table '" + table + "' does not match the DynamoBao layout (LAYOUT.md §2):"
                + System.lineSeparator() + "  - " + String.join(System.lineSeparator() + "  - ", differences)
                + System.lineSeparator() + "Use another table name, or migrate the table.");
        this.differences = List.copyOf(differences);
    }

    /** Each difference, one sentence. */
    public List<String> differences() {
        return differences;
    }
}
