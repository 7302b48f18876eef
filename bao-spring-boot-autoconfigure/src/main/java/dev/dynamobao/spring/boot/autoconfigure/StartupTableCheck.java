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

    StartupTableCheck(BaoEntityManagerFactory factory) {
        this.factory = factory;
    }

    void check(boolean ensured, boolean checkTable) {
        if (ensured || !checkTable) {
            return;
        }
        String table = factory.schema().tableName();
        if (!factory.schema().exists()) {
            throw new TableMissingException(table);
        }
        List<String> differences = factory.schema().differences();
        if (!differences.isEmpty()) {
            throw new TableSchemaMismatchException(table, differences);
        }
    }
}
