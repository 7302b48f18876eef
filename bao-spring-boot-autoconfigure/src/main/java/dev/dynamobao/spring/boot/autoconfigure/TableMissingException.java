package dev.dynamobao.spring.boot.autoconfigure;

import dev.dynamobao.ConfigurationException;

/** The application started with {@code dynamobao.check-table} on and the table does not exist. */
public class TableMissingException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    private final String table;

    /** Creates the exception for {@code table}, naming the ways to create it. */
    public TableMissingException(String table) {
        super("DynamoDB table '" + table + "' does not exist. Create it once with"
                + " factory.schema().createTable() (or start once with dynamobao.ensure-table=true), or point"
                + " dynamobao.table / dynamobao.endpoint / dynamobao.region at the table that holds the data;"
                + " set dynamobao.check-table=false to skip this check.");
        this.table = table;
    }

    /** The missing table's name. */
    public String table() {
        return table;
    }
}
