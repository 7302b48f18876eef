package dev.dynamobao.spring.boot.autoconfigure;

import dev.dynamobao.ConfigurationException;

/** The application started with {@code dynamobao.check-table} on and the table does not exist. */
public class TableMissingException extends ConfigurationException {
    private static final long serialVersionUID = 1L;

    private final String table;
    private final String createCommand;

    /**
     * Creates the exception for {@code table}, naming the ways to create it.
     *
     * @param table the missing table
     * @param createCommand the {@code bao create-table} command line for this table, endpoint and region
     */
    public TableMissingException(String table, String createCommand) {
        super("DynamoDB table '" + table + "' does not exist. Create it with " + createCommand
                + " (models in models.yaml), or once with factory.schema().createTable(), or start once with"
                + " dynamobao.ensure-table=true; or point dynamobao.table / dynamobao.endpoint / dynamobao.region at"
                + " the table that holds the data. dynamobao.check-table=false skips this check.");
        this.table = table;
        this.createCommand = createCommand;
    }

    /** The missing table's name. */
    public String table() {
        return table;
    }

    /** The {@code bao create-table} command line that creates the table. */
    public String createCommand() {
        return createCommand;
    }
}
