package dev.dynamobao.spring.boot.autoconfigure;

import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.schema.TableSchemaMismatchException;
import java.util.List;

/**
 * The startup check of the table: when {@code dynamobao.ensure-table} is off and
 * {@code dynamobao.check-table} is on, the table must exist and match the layout.
 */
final class StartupTableCheck {

    private final BaoEntityManagerFactory factory;
    private final DynamoBaoProperties properties;

    StartupTableCheck(BaoEntityManagerFactory factory, DynamoBaoProperties properties) {
        this.factory = factory;
        this.properties = properties;
    }

    void check(boolean ensured, boolean checkTable) {
        if (ensured || !checkTable) {
            return;
        }
        String table = factory.schema().tableName();
        if (!factory.schema().exists()) {
            throw new TableMissingException(table, createCommand(table));
        }
        List<String> differences = factory.schema().differences();
        if (!differences.isEmpty()) {
            throw new TableSchemaMismatchException(table, differences);
        }
    }

    /** The {@code bao create-table} command line (bao-cli) for this table, endpoint and region. */
    private String createCommand(String table) {
        StringBuilder command = new StringBuilder("`bao create-table --table ").append(table);
        if (properties.getEndpoint() != null) {
            command.append(" --endpoint ").append(properties.getEndpoint());
        }
        if (properties.getRegion() != null) {
            command.append(" --region ").append(properties.getRegion());
        }
        return command.append('`').toString();
    }
}
