package dev.dynamobao.cli.internal;

import dev.dynamobao.Bao;
import dev.dynamobao.BaoConfiguration;
import dev.dynamobao.BaoEntityManagerFactory;
import dev.dynamobao.codegen.internal.config.ProjectConfig;

/** Opens the engine for the table commands, with the project's models as entities. */
final class TableCommands {

    private TableCommands() {
    }

    /** A factory for {@code config}'s table and endpoint whose entities are {@code models}. */
    static BaoEntityManagerFactory open(ProjectConfig config, ModelClasses models) {
        BaoConfiguration.Builder builder = Bao.configure()
                .table(config.tableName())
                .region(config.region())
                .entities(models.classes());
        if (config.endpoint() != null) {
            builder.endpoint(config.endpoint());
        }
        return builder.build();
    }

    /** The table and where it is, for messages. */
    static String where(ProjectConfig config) {
        return "table " + config.tableName() + (config.endpoint() != null ? " at " + config.endpoint() : " in " + config.region());
    }
}
